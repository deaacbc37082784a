package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

var _ datasource.DataSourceWithConfigure = (*addressDataSource)(nil)

func newAddressDataSource() datasource.DataSource { return &addressDataSource{} }

// addressDataSource reads a stored, standardised address by its id.
type addressDataSource struct {
	data *providerData
}

func (d *addressDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_address"
}

func (d *addressDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = schema.Schema{
		MarkdownDescription: "Reads an address Colt has standardised, by its id (from `colt_address_validation`).",
		Attributes: map[string]schema.Attribute{
			"address_id": schema.StringAttribute{MarkdownDescription: "The address id.", Required: true,
				Validators: []validator.String{idValidator{example: "ADDR-DE-1A2B3C4D"}}},
			"address": computedObject("The standardised address, with `latitude`/`longitude` in Germany.",
				addressObjectTypes(), addressFieldDocs()),
		},
	}
}

func (d *addressDataSource) Configure(_ context.Context, req datasource.ConfigureRequest, resp *datasource.ConfigureResponse) {
	d.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (d *addressDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var id types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("address_id"), &id)...)
	client := d.data.clientOr(&resp.Diagnostics)
	if resp.Diagnostics.HasError() {
		return
	}
	a, err := client.SharedReads().GetAddress(ctx, id.ValueString())
	if err != nil {
		addCallError(&resp.Diagnostics, "Cannot read Colt address "+id.ValueString(), err)
		return
	}
	resp.State.Raw = req.Config.Raw.Copy()
	resp.Diagnostics.Append(resp.State.SetAttribute(ctx, path.Root("address"), addressObject(a, &resp.Diagnostics))...)
}
