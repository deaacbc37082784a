package provider

import (
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/attr"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// Computed objects of the data sources are nested attributes, not object
// types, so that each field carries a description into the docs. The value
// types stay those of attrTypes: models keep building them with
// types.ObjectValue and types.ListValue.

// computedObject is a computed single nested attribute with attrTypes'
// fields, each described by docs.
func computedObject(description string, attrTypes map[string]attr.Type, docs map[string]string) schema.SingleNestedAttribute {
	return schema.SingleNestedAttribute{
		MarkdownDescription: description,
		Attributes:          computedFields(attrTypes, docs),
		Computed:            true,
	}
}

// computedObjectList is computedObject for a list of objects.
func computedObjectList(description string, attrTypes map[string]attr.Type, docs map[string]string) schema.ListNestedAttribute {
	return schema.ListNestedAttribute{
		MarkdownDescription: description,
		NestedObject:        schema.NestedAttributeObject{Attributes: computedFields(attrTypes, docs)},
		Computed:            true,
	}
}

func computedFields(attrTypes map[string]attr.Type, docs map[string]string) map[string]schema.Attribute {
	for name := range docs {
		if _, ok := attrTypes[name]; !ok {
			panic(fmt.Sprintf("field description for %q, which the object type lacks", name))
		}
	}
	out := make(map[string]schema.Attribute, len(attrTypes))
	for name, t := range attrTypes {
		desc := docs[name]
		switch t {
		case types.StringType:
			out[name] = schema.StringAttribute{MarkdownDescription: desc, Computed: true}
		case types.Int64Type:
			out[name] = schema.Int64Attribute{MarkdownDescription: desc, Computed: true}
		case types.Float64Type:
			out[name] = schema.Float64Attribute{MarkdownDescription: desc, Computed: true}
		case types.BoolType:
			out[name] = schema.BoolAttribute{MarkdownDescription: desc, Computed: true}
		default:
			panic(fmt.Sprintf("field %q: no nested attribute for type %s", name, t))
		}
	}
	return out
}

// addressFieldDocs describes the fields of addressObjectTypes.
func addressFieldDocs() map[string]string {
	docs := map[string]string{
		"address_id": "Colt's id of the standardised address, the value `colt_number` activations take as `emergency_address_id`.",
		"country":    "ISO 3166-1 alpha-2 country code.",
		"formatted":  "The whole address on one line, as Colt formats it.",
		"latitude":   "Latitude in decimal degrees; Germany only, null elsewhere.",
		"longitude":  "Longitude in decimal degrees; Germany only, null elsewhere.",
	}
	for _, a := range addressAttrs {
		docs[a.tf] = a.desc + " Null when Colt's address has none."
	}
	return docs
}

var fieldErrorDocs = map[string]string{
	"field":   "The address field Colt remarks on, by its attribute name here (`postal_code`, `city`, ...).",
	"message": "Colt's remark, as sent.",
}

var cdrFieldDocs = map[string]string{
	"record_id":           "Colt's unique id of the record.",
	"call_date":           "Day of the call, UTC, `YYYY-MM-DD`.",
	"start_time":          "Start of the call, RFC 3339, UTC.",
	"end_time":            "End of the call, RFC 3339, UTC.",
	"duration_seconds":    "Length of the call in seconds (`end_time` minus `start_time`).",
	"calling_number":      "The calling number, E.164.",
	"called_number":       "The called number, E.164.",
	"direction":           "`inbound` (your number was called) or `outbound` (your number called).",
	"call_type":           "Kind of call: `national`, `international`, `mobile` or `emergency`.",
	"origin_country":      "ISO 3166-1 alpha-2 country the call came from.",
	"destination_country": "ISO 3166-1 alpha-2 country the call went to.",
	"trunk_group_id":      "The SIP trunk group that carried the call.",
	"customer_reference":  "Customer reference of the reservation or port-in that brought your number in.",
	"order_id":            "Id of the reservation or port-in order that brought your number in.",
	"end_customer_name":   "The number's end customer when the call started.",
	"chargeable_seconds":  "Seconds charged for the call (0 for inbound calls).",
	"release_cause":       "ITU-T Q.850 release cause (`16`: normal clearing).",
	"routing_number":      "Your number, E.164, that the call was routed over.",
	"rate":                "Rated records only: price per minute, a decimal string with 4 places; null for unrated records.",
	"charge":              "Rated records only: `rate` times `chargeable_seconds` / 60, a decimal string with 4 places; null for unrated records.",
	"currency":            "Rated records only: ISO 4217 currency of `rate` and `charge`; null for unrated records.",
}

var chargeFieldDocs = map[string]string{
	"charge_id":   "Colt's id of the charge, stable per order and charge.",
	"charge_type": "`activation`, `portIn`, or `outOfHoursPortIn` (charged on top of `portIn` for a port-in out of hours).",
	"number":      "The number charged for, E.164.",
	"order_id":    "The activation or port-in order the charge is for.",
	"charge_date": "Day the order completed, UTC, `YYYY-MM-DD`.",
	"amount":      "Amount in the report's `currency`, a decimal string with 2 places.",
	"description": "Colt's text describing the charge.",
}

var reportFileFieldDocs = map[string]string{
	"name":    "File name as Colt lists it, ending in `.r.cat`.",
	"size":    "Size of the file in bytes, as Colt lists it.",
	"content": "The file's text as Colt sends it, unparsed.",
}
