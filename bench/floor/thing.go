package main

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	dschema "github.com/hashicorp/terraform-plugin-framework/datasource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/planmodifier"
	"github.com/hashicorp/terraform-plugin-framework/resource/schema/stringplanmodifier"
	"github.com/hashicorp/terraform-plugin-framework/types"
)

// thing is floor_thing: a name and a size, and an id derived from the name.
type thing struct {
	ID   types.String `tfsdk:"id"`
	Name types.String `tfsdk:"name"`
	Size types.Int64  `tfsdk:"size"`
}

type thingResource struct{}

func (thingResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_thing"
}

func (thingResource) Schema(_ context.Context, _ resource.SchemaRequest, resp *resource.SchemaResponse) {
	resp.Schema = schema.Schema{Attributes: map[string]schema.Attribute{
		"id": schema.StringAttribute{Computed: true,
			PlanModifiers: []planmodifier.String{stringplanmodifier.UseStateForUnknown()}},
		"name": schema.StringAttribute{Required: true,
			PlanModifiers: []planmodifier.String{stringplanmodifier.RequiresReplace()}},
		"size": schema.Int64Attribute{Optional: true},
	}}
}

func (thingResource) Create(ctx context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	var t thing
	resp.Diagnostics.Append(req.Plan.Get(ctx, &t)...)
	t.ID = types.StringValue("floor-" + t.Name.ValueString())
	resp.Diagnostics.Append(resp.State.Set(ctx, &t)...)
}

func (thingResource) Read(ctx context.Context, req resource.ReadRequest, resp *resource.ReadResponse) {
	var t thing
	resp.Diagnostics.Append(req.State.Get(ctx, &t)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &t)...)
}

func (thingResource) Update(ctx context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	var t thing
	resp.Diagnostics.Append(req.Plan.Get(ctx, &t)...)
	resp.Diagnostics.Append(resp.State.Set(ctx, &t)...)
}

func (thingResource) Delete(context.Context, resource.DeleteRequest, *resource.DeleteResponse) {}

type thingDataSource struct{}

func (thingDataSource) Metadata(_ context.Context, req datasource.MetadataRequest, resp *datasource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_thing"
}

func (thingDataSource) Schema(_ context.Context, _ datasource.SchemaRequest, resp *datasource.SchemaResponse) {
	resp.Schema = dschema.Schema{Attributes: map[string]dschema.Attribute{
		"id":   dschema.StringAttribute{Computed: true},
		"name": dschema.StringAttribute{Required: true},
		"size": dschema.Int64Attribute{Optional: true},
	}}
}

func (thingDataSource) Read(ctx context.Context, req datasource.ReadRequest, resp *datasource.ReadResponse) {
	var t thing
	resp.Diagnostics.Append(req.Config.Get(ctx, &t)...)
	t.ID = types.StringValue("floor-" + t.Name.ValueString())
	resp.Diagnostics.Append(resp.State.Set(ctx, &t)...)
}
