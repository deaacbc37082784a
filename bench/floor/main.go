// Command floor is the benchmark's floor: a provider built on the same
// terraform-plugin-framework as terraform-provider-colt whose resource and
// data source do no I/O, so that the CLI's and the framework's own cost of
// N resources can be told apart from ours.
package main

import (
	"context"
	"log"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/provider"
	"github.com/hashicorp/terraform-plugin-framework/resource"

	"github.com/colt-community/terraform-provider-colt/internal/ctxrelease"
	"github.com/colt-community/terraform-provider-colt/internal/pluginlog"
)

func main() {
	// Served as terraform-provider-colt is, so that the ratios compare our
	// own cost: logging off unless asked, request contexts let go.
	pluginlog.QuietUnlessAsked()
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
	return []func() resource.Resource{func() resource.Resource { return thingResource{} }}
}

func (floorProvider) DataSources(context.Context) []func() datasource.DataSource {
	return []func() datasource.DataSource{func() datasource.DataSource { return thingDataSource{} }}
}
