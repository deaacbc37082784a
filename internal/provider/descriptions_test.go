package provider

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/hashicorp/terraform-plugin-framework/providerserver"
	"github.com/hashicorp/terraform-plugin-go/tfprotov6"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// TestEveryDescriptionIsWritten walks the schemas as Terraform receives
// them (provider, resources, data sources, ephemeral and list resources,
// identities, functions), nested attributes and blocks included, and fails
// on each one without a description: the docs render those as blank.
func TestEveryDescriptionIsWritten(t *testing.T) {
	ctx := context.Background()
	server, err := providerserver.NewProtocol6WithError(New("test")())()
	if err != nil {
		t.Fatal(err)
	}
	resp, err := server.GetProviderSchema(ctx, &tfprotov6.GetProviderSchemaRequest{})
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range resp.Diagnostics {
		t.Fatalf("GetProviderSchema: %s: %s", d.Summary, d.Detail)
	}
	ids, err := server.GetResourceIdentitySchemas(ctx, &tfprotov6.GetResourceIdentitySchemasRequest{})
	if err != nil {
		t.Fatal(err)
	}

	missing := undescribed(resp, ids)
	for _, path := range missing {
		t.Errorf("no description: %s", path)
	}
	if len(missing) > 0 {
		t.Logf("%d elements without a description", len(missing))
	}
}

// undescribed lists the schema elements without a description, by path.
func undescribed(resp *tfprotov6.GetProviderSchemaResponse, ids *tfprotov6.GetResourceIdentitySchemasResponse) []string {
	var out []string
	block := func(path string, s *tfprotov6.Schema) {
		if s != nil {
			out = append(out, blockMissing(path, s.Block)...)
		}
	}
	block("provider", resp.Provider)
	kinds := []struct {
		kind    string
		schemas map[string]*tfprotov6.Schema
	}{
		{"resource", resp.ResourceSchemas},
		{"data", resp.DataSourceSchemas},
		{"ephemeral", resp.EphemeralResourceSchemas},
		{"list", resp.ListResourceSchemas},
	}
	for _, k := range kinds {
		for name, s := range k.schemas {
			block(k.kind+"."+name, s)
		}
	}
	for name, s := range ids.IdentitySchemas {
		for _, a := range s.IdentityAttributes {
			if blank(a.Description) {
				out = append(out, "identity."+name+"."+a.Name)
			}
		}
	}
	for name, f := range resp.Functions {
		path := "provider::colt::" + name
		if blank(f.Summary) {
			out = append(out, path+" (summary)")
		}
		if blank(f.Description) {
			out = append(out, path)
		}
		params := slices.Clone(f.Parameters)
		if f.VariadicParameter != nil {
			params = append(params, f.VariadicParameter)
		}
		for _, p := range params {
			if blank(p.Description) {
				out = append(out, path+"("+p.Name+")")
			}
		}
	}
	slices.Sort(out)
	return out
}

func blockMissing(path string, b *tfprotov6.SchemaBlock) []string {
	var out []string
	if b == nil {
		return nil
	}
	if blank(b.Description) {
		out = append(out, path)
	}
	for _, a := range b.Attributes {
		out = append(out, attributeMissing(path+"."+a.Name, a)...)
	}
	for _, nb := range b.BlockTypes {
		out = append(out, blockMissing(path+"."+nb.TypeName, nb.Block)...)
	}
	return out
}

func attributeMissing(path string, a *tfprotov6.SchemaAttribute) []string {
	var out []string
	if blank(a.Description) {
		out = append(out, path)
	}
	if a.NestedType != nil {
		for _, n := range a.NestedType.Attributes {
			out = append(out, attributeMissing(path+"."+n.Name, n)...)
		}
		return out
	}
	return append(out, objectFields(path, a.Type)...)
}

// objectFields lists the fields of object types inside an attribute's type
// (a list or map of objects, say): such fields have no place for a
// description, so each one counts as undescribed. Nested attributes are
// the way to describe them.
func objectFields(path string, typ tftypes.Type) []string {
	var out []string
	switch t := typ.(type) {
	case tftypes.Object:
		for name, ft := range t.AttributeTypes {
			out = append(out, path+"."+name+" (field of an object type)")
			out = append(out, objectFields(path+"."+name, ft)...)
		}
	case tftypes.List:
		out = objectFields(path, t.ElementType)
	case tftypes.Set:
		out = objectFields(path, t.ElementType)
	case tftypes.Map:
		out = objectFields(path, t.ElementType)
	case tftypes.Tuple:
		for _, et := range t.ElementTypes {
			out = append(out, objectFields(path, et)...)
		}
	}
	return out
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }
