package provider

import (
	"context"
	"testing"
	"time"

	"github.com/hashicorp/terraform-plugin-framework/datasource"
	"github.com/hashicorp/terraform-plugin-framework/tfsdk"
	"github.com/hashicorp/terraform-plugin-go/tftypes"
)

// A configuration's validity does not change with the day: a date that has
// left Colt's 90-day window fails on read, never at validate.
func TestCDRValidateDoesNotDependOnTheDay(t *testing.T) {
	ctx := context.Background()
	d := newCDRDataSource().(*cdrDataSource)
	var s datasource.SchemaResponse
	d.Schema(ctx, datasource.SchemaRequest{}, &s)
	objType := s.Schema.Type().TerraformType(ctx).(tftypes.Object)
	config := func(set map[string]string) tfsdk.Config {
		vals := map[string]tftypes.Value{}
		for name, typ := range objType.AttributeTypes {
			vals[name] = tftypes.NewValue(typ, nil)
		}
		for name, v := range set {
			vals[name] = tftypes.NewValue(tftypes.String, v)
		}
		return tfsdk.Config{Schema: s.Schema, Raw: tftypes.NewValue(objType, vals)}
	}
	day := func(offset int) string { return today().AddDate(0, 0, offset).Format(time.DateOnly) }
	for name, tc := range map[string]struct {
		set     map[string]string
		invalid bool
	}{
		"a date years old":            {set: map[string]string{"date": "2020-01-01"}},
		"a date in the future":        {set: map[string]string{"date": day(30)}},
		"an old range":                {set: map[string]string{"from_date": "2020-01-01", "to_date": "2020-01-20"}},
		"a range longer than 31 days": {set: map[string]string{"from_date": "2020-01-01", "to_date": "2020-03-01"}, invalid: true},
		"a range backwards":           {set: map[string]string{"from_date": "2020-01-10", "to_date": "2020-01-01"}, invalid: true},
	} {
		t.Run(name, func(t *testing.T) {
			var resp datasource.ValidateConfigResponse
			d.ValidateConfig(ctx, datasource.ValidateConfigRequest{Config: config(tc.set)}, &resp)
			if resp.Diagnostics.HasError() != tc.invalid {
				t.Fatalf("invalid = %v, want %v: %v", resp.Diagnostics.HasError(), tc.invalid, resp.Diagnostics)
			}
		})
	}
}
