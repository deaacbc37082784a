// Command floor is the benchmark's floor: a provider built on the same
// terraform-plugin-framework as terraform-provider-colt whose resources and
// data source do no I/O, so that the CLI's and the framework's own cost of
// N resources can be told apart from ours: floor_thing, a resource of three
// attributes, and floor_number, one of colt_number's schema.
package main

import (
	"context"
	"log"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/colt-community/terraform-provider-colt/internal/ctxrelease"
	"github.com/colt-community/terraform-provider-colt/internal/plugingc"
	"github.com/colt-community/terraform-provider-colt/internal/pluginlog"
)

func main() {
	// Served as terraform-provider-colt is, so that the ratios compare our
	// own cost: logging off unless asked, the same garbage collector
	// setting, request contexts let go.
	pluginlog.QuietUnlessAsked()
	plugingc.Relax()
	err := ctxrelease.Serve("registry.terraform.io/colt-community/floor", func() provider.Provider { return floorProvider{} }, false)
	if err != nil {
		log.Fatal(err)
	}
}

type floorProvider struct{}

func (floorProvider) Metadata(_ context.Context, _ provider.MetadataRequest, resp *provider.MetadataResponse) {
	resp.TypeName = "floor"
}

func (floorProvider) Schema(context.Context, provider.SchemaRequest, *provider.SchemaResponse) {}

func (floorProvider) Configure(context.Context, provider.ConfigureRequest, *provider.ConfigureResponse) {
}

func (floorProvider) Resources(context.Context) []func() resource.Resource {
	return []func() resource.Resource{func() resource.Resource { return thingResource{} }, newNumberShape}
}

func (floorProvider) DataSources(context.Context) []func() datasource.DataSource {
	return []func() datasource.DataSource{func() datasource.DataSource { return thingDataSource{} }}
}
