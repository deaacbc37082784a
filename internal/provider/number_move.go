package provider

import (
	"context"
	"strings"

	"github.com/hashicorp/terraform-plugin-framework/resource"
	"github.com/hashicorp/terraform-plugin-framework/types"

	"github.com/colt-community/terraform-provider-colt/internal/colt"
)

var _ resource.ResourceWithMoveState = (*numberResource)(nil)

// MoveState takes a completed colt_port_in over as a colt_number
// (`moved { from = colt_port_in.x  to = colt_number.x }`): its numbers are
// in service at Colt now, and colt_number manages them from here, its end
// customer data as the activation.
func (r *numberResource) MoveState(ctx context.Context) []resource.StateMover {
	var source resource.SchemaResponse
	(&portInResource{}).Schema(ctx, resource.SchemaRequest{}, &source)
	return []resource.StateMover{{SourceSchema: &source.Schema, StateMover: moveFromPortIn}}
}

func moveFromPortIn(ctx context.Context, req resource.MoveStateRequest, resp *resource.MoveStateResponse) {
	// Terraform sends the provider's full address, OpenTofu its local name.
	fromColt := req.SourceProviderAddress == "colt" || strings.HasSuffix(req.SourceProviderAddress, "/colt")
	if req.SourceTypeName != "colt_port_in" || !fromColt || req.SourceState == nil {
		return
	}
	var port portInModel
	resp.Diagnostics.Append(req.SourceState.Get(ctx, &port)...)
	if resp.Diagnostics.HasError() {
		return
	}
	if port.Status.ValueString() != colt.OrderCompleted {
		resp.Diagnostics.AddError("Port-in not completed",
			"colt_port_in "+port.CustomerReference.ValueString()+" (order "+port.ID.ValueString()+") is "+
				port.Status.ValueString()+": only a completed port-in, whose numbers Colt holds, can become a colt_number. "+
				"Keep it as colt_port_in until the port completes.")
		return
	}
	numbers := listStrings(ctx, port.Numbers, &resp.Diagnostics)
	if len(numbers) == 0 {
		resp.Diagnostics.AddError("Port-in without numbers", "colt_port_in "+port.ID.ValueString()+" lists no numbers.")
		return
	}
	number := numberModel{
		ID:                         types.StringValue(numbers[0]),
		CustomerReference:          port.CustomerReference,
		CountryCode:                port.CountryCode,
		AreaCode:                   types.StringNull(),
		Quantity:                   types.Int64Null(),
		Numbers:                    port.Numbers,
		RegulatorApprovalReference: port.RegulatorApproval,
		Activation: &activationBlock{
			EndCustomerName:    port.EndCustomerName,
			RegistrationNumber: port.RegistrationNumber,
			EmergencyAddressID: port.EmergencyAddressID,
			DirectoryListing:   types.BoolValue(false),
			VATNotRegistered:   port.VATNotRegistered,
		},
		DeletionProtection:   port.DeletionProtection,
		Status:               types.StringValue(colt.StatusPortInActivated),
		OrderReference:       port.OrderReference,
		ReservationOrderID:   port.ID,
		OrderIDs:             port.OrderIDs,
		ReservationExpiresAt: types.StringNull(),
		Timeouts:             port.Timeouts,
	}
	if number.DeletionProtection.IsNull() {
		number.DeletionProtection = types.BoolValue(true)
	}
	resp.Diagnostics.Append(resp.TargetState.Set(ctx, &number)...)
}
