package provider

import (
	"context"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var _ list.ListResourceWithConfigure = (*numberListResource)(nil)

func newNumberListResource() list.ListResource { return &numberListResource{} }

// numberListResource finds the account's number blocks for terraform
// query: the numbers that share one reservation's customer reference.
// Ported-in numbers are colt_port_in's to list.
type numberListResource struct {
	data *providerData
}

func (l *numberListResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_number"
}

func (l *numberListResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	l.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (l *numberListResource) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = listFilterSchema("every number block (`colt_number`): the numbers reserved under one customer reference, "+
		"activated or not", "Generated resources name each block by its `numbers`, and leave `quantity` and `area_code` "+
		"out. Ported-in numbers are listed by `colt_port_in`.", []string{colt.StatusReserved, colt.StatusActivated})
}

func (l *numberListResource) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	stream.Results = func(push func(list.ListResult) bool) {
		ls := &lister{ctx: ctx, req: req, push: push, validator: &numberResource{}, identity: numberIdentity}
		filter, client, ok := ls.start(l.data)
		if !ok {
			return
		}
		blocks, err := numberBlocks(ctx, client, filter.CountryCode.ValueString())
		if err != nil {
			ls.fail("Cannot list Colt numbers", err)
			return
		}
		for _, held := range blocks {
			var m numberModel
			diags := ls.blank(&m)
			m.asImported(ctx, held, &diags)
			if diags.HasError() {
				push(list.ListResult{Diagnostics: diags})
				return
			}
			if !filter.keeps(m.CountryCode.ValueString(), m.Status.ValueString(), m.CustomerReference.ValueString()) {
				continue
			}
			if !ls.emit(m.ID.ValueString(), m.CustomerReference.ValueString(), numberDisplay(m.OrderReference.ValueString(), held), &m) {
				return
			}
		}
	}
}

// numberBlocks reads the inventory (of one country, when given) page by
// page and groups it by customer reference, in Colt's order, blocks by
// their first number; ported-in numbers are left out.
func numberBlocks(ctx context.Context, client *colt.Client, country string) ([][]colt.NumberDetail, error) {
	index := map[string]int{}
	var blocks [][]colt.NumberDetail
	err := client.EachNumber(ctx, colt.NumberQuery{CountryCode: country}, func(page []colt.NumberDetail) error {
		for _, d := range page {
			if d.Status == colt.StatusPorting || d.Status == colt.StatusPortInActivated {
				continue
			}
			i, seen := index[d.CustomerReference]
			if !seen {
				i = len(blocks)
				index[d.CustomerReference] = i
				blocks = append(blocks, nil)
			}
			blocks[i] = append(blocks[i], d)
		}
		return nil
	})
	return blocks, err
}

// asImported sets m, blank, to what Read makes of an import of the block
// held: the block named by its numbers (quantity and area code null), the
// reference without its generation suffix, protection on.
func (m *numberModel) asImported(ctx context.Context, held []colt.NumberDetail, diags *diag.Diagnostics) {
	m.DeletionProtection = types.BoolValue(true)
	m.applyInventory(ctx, held, diags)
	m.CustomerReference = types.StringValue(colt.BaseReference(m.OrderReference.ValueString()))
}

func numberDisplay(ref string, held []colt.NumberDetail) string {
	first, last := held[0], held[len(held)-1]
	if len(held) == 1 {
		return fmt.Sprintf("%s: %s (%s, %s)", ref, first.Number, first.CountryCode, first.Status)
	}
	return fmt.Sprintf("%s: %s to %s (%s, %d numbers, %s)", ref, first.Number, last.Number, first.CountryCode, len(held), first.Status)
}
