package provider

import (
	"errors"
	"fmt"

	"github.com/hashicorp/terraform-plugin-framework/diag"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

// providerData is what Configure hands to every resource, data source and
// ephemeral resource: one client, so one token, per configured provider.
type providerData struct {
	client        *colt.Client
	unknownConfig bool
	countries     countryOptIn // assumed countries the user opted into
	references    referenceClaims
}

var errUnknownConfig = errors.New("the colt provider block depends on values that are not known yet " +
	"(for example the result of a resource still to be created), so Colt cannot be called during this plan. " +
	"Apply the resources it depends on first (terraform apply -target=...)")

// providerDataFrom checks the value the framework passes to Configure of a
// resource, data source or ephemeral resource.
func providerDataFrom(data any, diags *diag.Diagnostics) *providerData {
	if data == nil {
		return nil // the provider is not configured yet (validation)
	}
	pd, ok := data.(*providerData)
	if !ok {
		diags.AddError("Unexpected provider data",
			fmt.Sprintf("Expected *providerData, got %T. This is a bug in the provider; please report it.", data))
		return nil
	}
	return pd
}

func (d *providerData) colt() (*colt.Client, error) {
	if d == nil || d.unknownConfig {
		return nil, errUnknownConfig
	}
	return d.client, nil
}

// clientOr returns the client, or reports why there is none.
func (d *providerData) clientOr(diags *diag.Diagnostics) *colt.Client {
	c, err := d.colt()
	if err != nil {
		diags.AddError("Colt is not configured", err.Error())
		return nil
	}
	return c
}

// addCallError turns a failed Colt call into one diagnostic: what failed,
// Colt's row, what to do, and the tracking id (inside the error text).
func addCallError(diags *diag.Diagnostics, summary string, err error) {
	diags.AddError(summary, callErrorDetail(err))
}

// callErrorDetail is err with its hint and the x-tracking-id to quote.
func callErrorDetail(err error) string {
	detail := err.Error()
	if hint := colt.Hint(err); hint != "" {
		detail += "\n\n" + hint
	}
	var apiErr *colt.APIError
	if errors.As(err, &apiErr) && apiErr.TrackingID != "" {
		detail += "\n\nQuote x-tracking-id " + apiErr.TrackingID + " to Colt support."
	}
	return detail
}

// isRow reports whether err is Colt's error row "status/code".
func isRow(err error, row string) bool {
	var apiErr *colt.APIError
	return errors.As(err, &apiErr) && apiErr.Row() == row
}
