package provider

import (
	"context"

	"github.com/hashicorp/terraform-plugin-framework/path"
	"github.com/hashicorp/terraform-plugin-framework/schema/validator"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// nomadicWithoutArea refuses number_type = "nomadic" next to an area_code:
// nomadic numbers are not tied to a location.
type nomadicWithoutArea struct{}

func (nomadicWithoutArea) Description(context.Context) string {
	return `nomadic numbers have no area code: leave area_code out with number_type = "nomadic"`
}

func (v nomadicWithoutArea) MarkdownDescription(ctx context.Context) string {
	return v.Description(ctx)
}

func (nomadicWithoutArea) ValidateString(ctx context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.ValueString() != colt.NumberNomadic {
		return
	}
	var area types.String
	resp.Diagnostics.Append(req.Config.GetAttribute(ctx, path.Root("area_code"), &area)...)
	if !area.IsNull() {
		resp.Diagnostics.AddAttributeError(path.Root("area_code"), "Nomadic numbers have no area code",
			`area_code does not apply to number_type = "nomadic": nomadic numbers are not tied to a location.`)
	}
}
