package provider

import (
	"context"
	"fmt"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework-validators/stringvalidator"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/list"
	listschema "github.com/hashicorp/terraform-plugin-framework/list/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var _ provider.ProviderWithListResources = (*coltProvider)(nil)

// ListResources serves terraform query for both resources that manage
// numbers.
func (p *coltProvider) ListResources(context.Context) []func() list.ListResource {
	return []func() list.ListResource{newNumberListResource, newPortInListResource}
}

// listFilter is the `config` of a `list "colt_number"` or `list
// "colt_port_in"` block (terraform query).
type listFilter struct {
	CountryCode             types.String `tfsdk:"country_code"`
	Status                  types.String `tfsdk:"status"`
	CustomerReferencePrefix types.String `tfsdk:"customer_reference_prefix"`
}

// listFilterSchema is the schema of a list block's config: what the block
// finds, a note on what it generates, and the statuses it filters by.
func listFilterSchema(what, note string, statuses []string) listschema.Schema {
	return listschema.Schema{
		MarkdownDescription: "For `terraform query` (Terraform 1.14 and later): finds, in the Colt account, " + what + ". " +
			"Each result carries the resource identity, and with `-generate-config-out` Terraform writes an `import` " +
			"block and a resource for each, which plan as imports with nothing to change. " + note + " Terraform lists " +
			"at most 100 results per `list` block unless `limit` says more. Results whose generated configuration would " +
			"not be valid (a customer reference the resource does not accept, or one an earlier result has) are left " +
			"out with a warning naming them. Every filter is optional.",
		Attributes: map[string]listschema.Attribute{
			"country_code": listschema.StringAttribute{
				MarkdownDescription: "Only this ISO 3166 alpha-2 country.",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.OneOf(supportedCountries()...)},
			},
			"status": listschema.StringAttribute{
				MarkdownDescription: "Only this `status`: " + backticked(statuses) + ".",
				Optional:            true,
				Validators:          []validator.String{stringvalidator.OneOf(statuses...)},
			},
			"customer_reference_prefix": listschema.StringAttribute{
				MarkdownDescription: "Only those whose `customer_reference` starts with this.",
				Optional:            true,
			},
		},
	}
}

func (f listFilter) keeps(country, status, reference string) bool {
	return (f.CountryCode.IsNull() || f.CountryCode.ValueString() == country) &&
		(f.Status.IsNull() || f.Status.ValueString() == status) &&
		strings.HasPrefix(reference, f.CustomerReferencePrefix.ValueString())
}

// lister pushes one List call's results: each with its identity, display
// name and (when asked) the resource as an import would read it, up to the
// block's limit.
type lister struct {
	ctx       context.Context
	req       list.ListRequest
	push      func(list.ListResult) bool
	validator resource.ResourceWithValidateConfig
	identity  string
	sent      int64
	// references already listed: a configuration holds each only once.
	references map[string]string
}

// start reads the filter and the client; ok is false once it pushed why it
// cannot list.
func (l *lister) start(data *providerData) (listFilter, *colt.Client, bool) {
	var f listFilter
	var diags diag.Diagnostics
	diags.Append(l.req.Config.Get(l.ctx, &f)...)
	client := data.clientOr(&diags)
	if diags.HasError() {
		l.push(list.ListResult{Diagnostics: diags})
		return f, nil, false
	}
	l.references = map[string]string{}
	return f, client, true
}

// fail pushes an error that ends the listing.
func (l *lister) fail(summary string, err error) {
	var diags diag.Diagnostics
	addCallError(&diags, summary, err)
	l.push(list.ListResult{Diagnostics: diags})
}

// skip tells the user about an object left out, and whether to go on.
func (l *lister) skip(summary, detail string) bool {
	var diags diag.Diagnostics
	diags.AddWarning(summary, detail)
	return l.push(list.ListResult{Diagnostics: diags})
}

// emit pushes one result for model, whose id is its identity, and reports
// whether to go on. A model that would not make valid configuration (the
// resource's own validation refuses it, or its customer_reference is taken
// by an earlier result) is left out with a warning: one invalid generated
// resource would fail the whole plan.
func (l *lister) emit(id, reference, display string, model any) bool {
	if l.req.Limit > 0 && l.sent >= l.req.Limit {
		return false
	}
	result := l.req.NewListResult(l.ctx)
	result.DisplayName = display
	result.Diagnostics.Append(result.Resource.Set(l.ctx, model)...)
	if result.Diagnostics.HasError() {
		return l.push(result)
	}
	if problems := l.configProblems(result.Resource, reference); problems != "" {
		return l.skip("Left out of the query: "+display,
			"Its generated configuration would not be valid, so it is not listed:\n"+problems+
				"\nImport it by hand (terraform import, or an import block with its identity, "+l.identity+" = \""+id+"\") "+
				"into a resource you write yourself.")
	}
	l.references[reference] = fmt.Sprintf("%s = %q", l.identity, id)
	result.Diagnostics.Append(result.Identity.SetAttribute(l.ctx, path.Root(l.identity), id)...)
	if !l.req.IncludeResource {
		result.Resource = nil
	}
	l.sent++
	return l.push(result)
}

func (l *lister) configProblems(res *tfsdk.Resource, reference string) string {
	var out []string
	if !referencePattern.MatchString(reference) {
		out = append(out, fmt.Sprintf("- customer_reference %q %s.", reference, customerRefMessage))
	}
	if other, taken := l.references[reference]; taken {
		out = append(out, fmt.Sprintf("- customer_reference %q is also that of the result with %s, listed before; "+
			"a configuration holds each reference once.", reference, other))
	}
	var v resource.ValidateConfigResponse
	l.validator.ValidateConfig(l.ctx, resource.ValidateConfigRequest{Config: tfsdk.Config{Schema: res.Schema, Raw: res.Raw}}, &v)
	for _, d := range v.Diagnostics.Errors() {
		out = append(out, "- "+d.Summary()+": "+d.Detail())
	}
	return strings.Join(out, "\n")
}

// blank fills target, a resource model, with a null of every attribute,
// each of its schema's type, as an import starts from.
func (l *lister) blank(target any) diag.Diagnostics {
	typ, ok := l.req.ResourceSchema.Type().TerraformType(l.ctx).(tftypes.Object)
	if !ok {
		var diags diag.Diagnostics
		diags.AddError("Unexpected resource schema", "The resource schema is not an object. This is a bug in the provider.")
		return diags
	}
	nulls := make(map[string]tftypes.Value, len(typ.AttributeTypes))
	for name, t := range typ.AttributeTypes {
		nulls[name] = tftypes.NewValue(t, nil)
	}
	blank := tfsdk.Resource{Schema: l.req.ResourceSchema, Raw: tftypes.NewValue(typ, nulls)}
	return blank.Get(l.ctx, target)
}
