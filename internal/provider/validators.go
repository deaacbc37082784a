package provider

import (
	"context"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/hashicorp/terraform-plugin-framework/schema/validator"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

type baseURLValidator struct{}

func (baseURLValidator) Description(context.Context) string {
	return "must be an absolute https URL (plain http only for loopback hosts)"
}

func (v baseURLValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (baseURLValidator) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	if _, err := colt.ParseBaseURL(req.ConfigValue.ValueString()); err != nil {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid Colt base URL", err.Error()+".")
	}
}

type durationValidator struct{}

func (durationValidator) Description(context.Context) string {
	return "must be a positive Go duration such as 30s or 2m"
}

func (v durationValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (durationValidator) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	d, err := time.ParseDuration(req.ConfigValue.ValueString())
	if err != nil || d <= 0 {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid duration",
			req.Path.String()+" must be a positive Go duration such as \"30s\" or \"2m\", got "+
				quote(req.ConfigValue.ValueString())+".")
	}
}

// datePattern is the shape of a day; dateValidator also wants the day to
// exist, which the shape alone does not tell (2026-02-30).
var datePattern = regexp.MustCompile(`^[0-9]{4}-[0-9]{2}-[0-9]{2}$`)

type dateValidator struct{}

func (dateValidator) Description(context.Context) string {
	return "must be a date as YYYY-MM-DD"
}

func (v dateValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (dateValidator) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	s := req.ConfigValue.ValueString()
	if !datePattern.MatchString(s) {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid date",
			fmt.Sprintf("%s must be a date as YYYY-MM-DD, got: %s", req.Path, s))
		return
	}
	if _, err := time.Parse(time.DateOnly, s); err != nil {
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid date",
			fmt.Sprintf("%s is %s, a day that does not exist: %s.", req.Path, s, noSuchDay(s)))
	}
}

// noSuchDay says why a YYYY-MM-DD that fails to parse is not a day.
func noSuchDay(s string) string {
	year, _ := strconv.Atoi(s[:4])
	month, _ := strconv.Atoi(s[5:7])
	if month < 1 || month > 12 {
		return fmt.Sprintf("there is no month %s (01 to 12)", s[5:7])
	}
	last := time.Date(year, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC)
	return fmt.Sprintf("%s %d has days 01 to %d", last.Month(), year, last.Day())
}

// idValidator wants an id as Colt gave it: an empty one would send Colt a
// request for no object at all, and Colt's ids carry no spaces.
type idValidator struct{ example string }

func (v idValidator) Description(context.Context) string {
	return "must be an id as Colt gives it, such as " + v.example + ", without spaces"
}

func (v idValidator) MarkdownDescription(ctx context.Context) string { return v.Description(ctx) }

func (v idValidator) ValidateString(_ context.Context, req validator.StringRequest, resp *validator.StringResponse) {
	if req.ConfigValue.IsNull() || req.ConfigValue.IsUnknown() {
		return
	}
	switch s := req.ConfigValue.ValueString(); {
	case s == "":
		resp.Diagnostics.AddAttributeError(req.Path, "Missing id",
			fmt.Sprintf("%s is empty: set it to an id as Colt gives it, such as %s.", req.Path, v.example))
	case strings.ContainsFunc(s, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }):
		resp.Diagnostics.AddAttributeError(req.Path, "Invalid id",
			fmt.Sprintf("%s is %q: Colt's ids have no spaces or control characters (for example %s).", req.Path, s, v.example))
	}
}
