package main

import (
	"context"
	"fmt"
	"sync"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-go/tftypes"

	"github.com/colt-community/terraform-provider-colt/bench/schemadrop"
	coltprovider "github.com/colt-community/terraform-provider-colt/internal/provider"
)

// numberShape is floor_number: colt_number's schema and configuration
// validators, taken from the provider itself, and no code of ours: no
// ValidateConfig, no ModifyPlan, no I/O. What it costs beyond floor_thing
// is the framework's work on colt_number's schema; what colt_number costs
// beyond it is ours.
type numberShape struct {
	number resource.Resource
}

// newNumberShape is called for every request, as every resource factory
// is; it looks colt_number up once.
func newNumberShape() resource.Resource {
	return numberShape{number: coltNumber()()}
}

var coltNumber = sync.OnceValue(func() func() resource.Resource {
	ctx := context.Background()
	for _, f := range coltprovider.New("floor")().Resources(ctx) {
		var meta resource.MetadataResponse
		f().Metadata(ctx, resource.MetadataRequest{ProviderTypeName: "colt"}, &meta)
		if meta.TypeName == "colt_number" {
			return f
		}
	}
	panic("terraform-provider-colt has no colt_number")
})

func (numberShape) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_number"
}

func (n numberShape) Schema(ctx context.Context, req resource.SchemaRequest, resp *resource.SchemaResponse) {
	n.number.Schema(ctx, req, resp)
	if err := schemadrop.FromEnv(&resp.Schema); err != nil {
		resp.Diagnostics.AddError("floor_number", err.Error())
	}
}

func (n numberShape) ConfigValidators(ctx context.Context) []resource.ConfigValidator {
	if v, ok := n.number.(resource.ResourceWithConfigValidators); ok {
		return v.ConfigValidators(ctx)
	}
	return nil
}

// Create and Update keep the plan, with what it left unknown null.
func (numberShape) Create(_ context.Context, req resource.CreateRequest, resp *resource.CreateResponse) {
	resp.State.Raw = knownOrNull(req.Plan.Raw, &resp.Diagnostics)
}

func (numberShape) Read(context.Context, resource.ReadRequest, *resource.ReadResponse) {}

func (numberShape) Update(_ context.Context, req resource.UpdateRequest, resp *resource.UpdateResponse) {
	resp.State.Raw = knownOrNull(req.Plan.Raw, &resp.Diagnostics)
}

func (numberShape) Delete(context.Context, resource.DeleteRequest, *resource.DeleteResponse) {}

func knownOrNull(plan tftypes.Value, diags *diag.Diagnostics) tftypes.Value {
	out, err := tftypes.Transform(plan, func(_ *tftypes.AttributePath, v tftypes.Value) (tftypes.Value, error) {
		if !v.IsKnown() {
			return tftypes.NewValue(v.Type(), nil), nil
		}
		return v, nil
	})
	if err != nil {
		diags.AddError("floor_number", fmt.Sprintf("cannot null the plan's unknown values: %v", err))
		return plan
	}
	return out
}
