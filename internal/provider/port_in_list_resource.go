package provider

import (
	"context"
	"fmt"
	"slices"

	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/list"
	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"
	"github.com/hashicorp/terraform-plugin-log/tflog"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var _ list.ListResourceWithConfigure = (*portInListResource)(nil)

func newPortInListResource() list.ListResource { return &portInListResource{} }

// portInListResource finds the account's port-ins for terraform query:
// those in progress, and completed ones whose numbers Colt still holds.
type portInListResource struct {
	data *providerData
}

func (l *portInListResource) Metadata(_ context.Context, req resource.MetadataRequest, resp *resource.MetadataResponse) {
	resp.TypeName = req.ProviderTypeName + "_port_in"
}

func (l *portInListResource) Configure(_ context.Context, req resource.ConfigureRequest, resp *resource.ConfigureResponse) {
	l.data = providerDataFrom(req.ProviderData, &resp.Diagnostics)
}

func (l *portInListResource) ListResourceConfigSchema(_ context.Context, _ list.ListResourceSchemaRequest, resp *list.ListResourceSchemaResponse) {
	resp.Schema = listFilterSchema("every port-in (`colt_port_in`) still in progress, and every completed one whose "+
		"numbers the account still holds", "Failed and cancelled port-ins are left out; `status` is the port-in order's. "+
		"Where Colt has no order search, port-ins are found through the numbers the inventory lists as `Porting` or "+
		"`Port-in Activated`.", []string{colt.OrderPending, colt.OrderInProgress, colt.OrderCompleted})
}

func (l *portInListResource) List(ctx context.Context, req list.ListRequest, stream *list.ListResultsStream) {
	stream.Results = func(push func(list.ListResult) bool) {
		ls := &lister{ctx: ctx, req: req, push: push, validator: &portInResource{}, identity: portInIdentity}
		filter, client, ok := ls.start(l.data)
		if !ok {
			return
		}
		orders, err := portInOrders(ctx, client, filter.CountryCode.ValueString())
		if err != nil {
			ls.fail("Cannot list Colt port-ins", err)
			return
		}
		for i := range orders {
			o := &orders[i]
			if o.Status == colt.OrderFailed || !filter.keeps(o.CountryCode, o.Status, colt.BaseReference(o.CustomerReference)) {
				continue
			}
			var m portInModel
			diags := ls.blank(&m)
			held := m.asImported(ctx, client, o, &diags)
			if diags.HasError() {
				push(list.ListResult{Diagnostics: diags})
				return
			}
			if !held {
				continue // returned since it completed
			}
			display := fmt.Sprintf("%s: port-in %s of %d numbers from %s (%s, %s)", o.CustomerReference,
				o.OrderID, len(o.Numbers), o.LosingCarrier, o.CountryCode, o.Status)
			if !ls.emit(o.OrderID, m.CustomerReference.ValueString(), display, &m) {
				return
			}
		}
	}
}

// asImported sets m, blank, to what Read makes of an import of the port-in
// o, and reports whether it is still Colt's: false for a completed port-in
// whose numbers were returned.
func (m *portInModel) asImported(ctx context.Context, client *colt.Client, o *colt.Order, diags *diag.Diagnostics) bool {
	m.applyOrder(ctx, o, diags)
	if o.Status == colt.OrderCompleted && !m.applyHeld(ctx, client, diags) {
		return false
	}
	m.DeletionProtection = types.BoolValue(true)
	m.OrderIDs = stringList(ctx, []string{o.OrderID}, diags)
	return true
}

// portInOrders returns the account's port-in orders, oldest first, from
// Colt's order search; where Colt has none, from the inventory: the orders
// that brought in the numbers it lists as Porting or Port-in Activated.
func portInOrders(ctx context.Context, client *colt.Client, country string) ([]colt.Order, error) {
	orders, err := client.FindOrders(ctx, colt.OrderQuery{OrderType: colt.OrderPortIn})
	if !colt.IsOrderSearchUnsupported(err) {
		return orders, err
	}
	tflog.Warn(ctx, "Colt has no order search: port-ins are found through the number inventory instead, so a port-in "+
		"whose numbers Colt does not list yet (as Porting) is not found", map[string]any{"error": err.Error()})
	seen := map[string]bool{}
	var ids []string
	for _, status := range []string{colt.StatusPorting, colt.StatusPortInActivated} {
		err := client.EachNumber(ctx, colt.NumberQuery{Status: status, CountryCode: country}, func(page []colt.NumberDetail) error {
			for _, d := range page {
				if len(d.OrderIDs) > 0 && !seen[d.OrderIDs[0]] {
					seen[d.OrderIDs[0]] = true
					ids = append(ids, d.OrderIDs[0])
				}
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		o, err := client.GetOrder(ctx, id)
		if err != nil {
			return nil, err
		}
		if o.OrderType == colt.OrderPortIn {
			orders = append(orders, *o)
		}
	}
	return orders, nil
}
