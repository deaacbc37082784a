package provider

import (
	"cmp"
	"context"
	"time"

	"github.com/hashicorp/terraform-plugin-framework-timeouts/resource/timeouts"
	"github.com/hashicorp/terraform-plugin-framework/diag"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

type numberModel struct {
	ID                         types.String     `tfsdk:"id"`
	CustomerReference          types.String     `tfsdk:"customer_reference"`
	CountryCode                types.String     `tfsdk:"country_code"`
	AreaCode                   types.String     `tfsdk:"area_code"`
	Quantity                   types.Int64      `tfsdk:"quantity"`
	Numbers                    types.List       `tfsdk:"numbers"`
	NumberType                 types.String     `tfsdk:"number_type"`
	RegulatorApprovalReference types.String     `tfsdk:"regulator_approval_reference"`
	Activation                 *activationBlock `tfsdk:"activation"`
	DeletionProtection         types.Bool       `tfsdk:"deletion_protection"`
	Status                     types.String     `tfsdk:"status"`
	OrderReference             types.String     `tfsdk:"order_reference"`
	ReservationOrderID         types.String     `tfsdk:"reservation_order_id"`
	OrderIDs                   types.List       `tfsdk:"order_ids"`
	ReservationExpiresAt       types.String     `tfsdk:"reservation_expires_at"`
	Timeouts                   timeouts.Value   `tfsdk:"timeouts"`
}

// clone copies m with its blocks, so that changing either leaves the
// other as it was.
func (m numberModel) clone() numberModel {
	if m.Activation != nil {
		a := *m.Activation
		if a.DirectoryService != nil {
			ds := *a.DirectoryService
			a.DirectoryService = &ds
		}
		m.Activation = &a
	}
	return m
}

type activationBlock struct {
	EndCustomerName    types.String `tfsdk:"end_customer_name"`
	RegistrationNumber types.String `tfsdk:"registration_number"`
	EmergencyAddressID types.String `tfsdk:"emergency_address_id"`
	DirectoryListing   types.Bool   `tfsdk:"directory_listing"`
	VATNotRegistered   types.Bool   `tfsdk:"vat_not_registered"`
	// RegulatorApproval is Germany's BNetzA approval, sent with the
	// activation order.
	RegulatorApproval types.String `tfsdk:"regulator_approval_reference"`
	// DirectoryService is the DSU entry (SE, ES), sent with activation and
	// update orders.
	DirectoryService *directoryServiceBlock `tfsdk:"directory_service"`
}

func (a *activationBlock) request(life string, numbers []string) colt.AssignmentRequest {
	return colt.AssignmentRequest{
		CustomerReference: life,
		Numbers:           numbers,
		EndCustomer: colt.EndCustomer{
			Name:               a.EndCustomerName.ValueString(),
			RegistrationNumber: a.RegistrationNumber.ValueString(),
			NotRegistered:      a.VATNotRegistered.ValueBool(),
		},
		EmergencyAddressID:         a.EmergencyAddressID.ValueString(),
		DirectoryListing:           a.DirectoryListing.ValueBool(),
		RegulatorApprovalReference: a.RegulatorApproval.ValueString(),
		DirectoryService:           a.DirectoryService.wire(),
	}
}

// matches tells whether an order carried this activation's data.
func (a *activationBlock) matches(o *colt.Order) bool {
	ec := colt.EndCustomer{}
	if o.EndCustomer != nil {
		ec = *o.EndCustomer
	}
	return ec.Name == a.EndCustomerName.ValueString() &&
		ec.RegistrationNumber == a.RegistrationNumber.ValueString() &&
		o.EmergencyAddressID == a.EmergencyAddressID.ValueString() &&
		o.DirectoryListing == a.DirectoryListing.ValueBool() &&
		sameDirectoryService(directoryServiceFrom(o.DirectoryService), a.DirectoryService)
}

// activationFrom is what Colt holds for an active number, or nil.
func activationFrom(d colt.NumberDetail) *activationBlock {
	if d.Status != colt.StatusActivated && d.Status != colt.StatusPortInActivated {
		return nil
	}
	ec := colt.EndCustomer{}
	if d.EndCustomer != nil {
		ec = *d.EndCustomer
	}
	return &activationBlock{
		EndCustomerName:    types.StringValue(ec.Name),
		RegistrationNumber: optionalString(ec.RegistrationNumber),
		EmergencyAddressID: optionalString(d.EmergencyAddressID),
		DirectoryListing:   types.BoolValue(d.DirectoryListing),
		VATNotRegistered:   types.BoolNull(),
		RegulatorApproval:  types.StringNull(),
		DirectoryService:   directoryServiceFrom(d.DirectoryService),
	}
}

func optionalString(s string) types.String {
	if s == "" {
		return types.StringNull()
	}
	return types.StringValue(s)
}

func stringList(ctx context.Context, values []string, diags *diag.Diagnostics) types.List {
	if values == nil {
		values = []string{}
	}
	l, d := types.ListValueFrom(ctx, types.StringType, values)
	diags.Append(d...)
	return l
}

func listStrings(ctx context.Context, l types.List, diags *diag.Diagnostics) []string {
	if l.IsNull() || l.IsUnknown() {
		return nil
	}
	var out []string
	diags.Append(l.ElementsAs(ctx, &out, false)...)
	return out
}

// applyInventory sets the attributes Colt's inventory knows from the first
// number of the block, as held now.
func (m *numberModel) applyInventory(ctx context.Context, held []colt.NumberDetail, diags *diag.Diagnostics) {
	first := held[0]
	numbers := make([]string, len(held))
	for i, d := range held {
		numbers[i] = d.Number
	}
	m.Numbers = stringList(ctx, numbers, diags)
	// Quantity and area code describe a block Colt picked; where the
	// numbers were named (or imported) they stay null.
	if !m.Quantity.IsNull() {
		m.Quantity = types.Int64Value(int64(len(held)))
	}
	if !m.AreaCode.IsNull() {
		m.AreaCode = types.StringValue(first.AreaCode)
	}
	m.CountryCode = types.StringValue(first.CountryCode)
	m.Status = types.StringValue(first.Status)
	m.NumberType = types.StringValue(cmp.Or(first.NumberType, colt.NumberGeographic))
	m.OrderReference = types.StringValue(first.CustomerReference)
	m.OrderIDs = stringList(ctx, first.OrderIDs, diags)
	if len(first.OrderIDs) > 0 {
		m.ReservationOrderID = types.StringValue(first.OrderIDs[0])
	}
	m.ReservationExpiresAt = types.StringNull()
	if first.ReservationExpiresAt != nil {
		m.ReservationExpiresAt = types.StringValue(first.ReservationExpiresAt.UTC().Format(time.RFC3339))
	}
	configured := m.Activation
	m.Activation = activationFrom(first)
	if m.Activation != nil && configured != nil {
		// A choice for the orders, not something the inventory shows.
		m.Activation.VATNotRegistered = configured.VATNotRegistered
		m.Activation.RegulatorApproval = configured.RegulatorApproval
	}
	if m.ID.IsNull() || m.ID.IsUnknown() {
		m.ID = types.StringValue(first.Number)
	}
}
