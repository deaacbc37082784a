package colt

import (
	"context"
	"time"
)

// Number statuses in the inventory, as Colt names them.
const (
	StatusReserved         = "Reserved"
	StatusActivated        = "Activated"
	StatusPortInActivated  = "Port-in Activated"
	StatusPorting          = "Porting"
	PortingStatusDelayed   = "Delayed"
	PortingStatusCompleted = "Completed"
)

// NumberDetail is one number of the account's inventory.
type NumberDetail struct {
	Number               string       `json:"number"`
	CountryCode          string       `json:"countryCode"`
	AreaCode             string       `json:"areaCode"`
	Status               string       `json:"status"`
	ReservationExpiresAt *time.Time   `json:"reservationExpiresAt,omitempty"`
	CustomerReference    string       `json:"customerReference"`
	OrderIDs             []string     `json:"orderIds"`
	EndCustomer          *EndCustomer `json:"endCustomer,omitempty"`
	EmergencyAddressID   string       `json:"emergencyAddressId,omitempty"`
	DirectoryListing     bool         `json:"directoryListing"`
	PortingStatus        string       `json:"portingStatus,omitempty"`
	// NumberType is geographic or nomadic; DirectoryService the DSU entry
	// (SE, ES). Wire names assumed.
	NumberType       string            `json:"numberType,omitempty"`
	DirectoryService *DirectoryService `json:"directoryService,omitempty"`
}

// NumberQuery filters the inventory; empty fields do not filter. RangeStart
// alone selects exactly that number.
type NumberQuery struct {
	Status            string
	CustomerReference string
	OrderID           string
	CountryCode       string
	RangeStart        string
	RangeEnd          string
	CLI               string // the number presented as calling line identity, E.164 (parameter name assumed)
}

type numberPage struct {
	Numbers    []NumberDetail `json:"numbers"`
	TotalCount int            `json:"totalCount"`
}

const inventoryPath = "/numberManagement/v1/Number"

// ListNumbers returns every inventory number matching q, sorted by number.
func (c *Client) ListNumbers(ctx context.Context, q NumberQuery) ([]NumberDetail, error) {
	var all []NumberDetail
	err := c.EachNumber(ctx, q, func(page []NumberDetail) error {
		all = append(all, page...)
		return nil
	})
	return all, err
}

// EachNumber hands the inventory numbers matching q to fn a page at a time.
func (c *Client) EachNumber(ctx context.Context, q NumberQuery, fn func([]NumberDetail) error) error {
	params := map[string][]string{}
	for key, value := range map[string]string{
		"status": q.Status, "customerReference": q.CustomerReference, "orderId": q.OrderID,
		"countryCode": q.CountryCode, "numberRangeStart": q.RangeStart, "numberRangeEnd": q.RangeEnd,
		"cli": q.CLI,
	} {
		if value != "" {
			params[key] = []string{value}
		}
	}
	var fnErr error
	err := eachPage(ctx, c, "search number inventory", inventoryPath, params, func(page *numberPage) int {
		if fnErr == nil {
			fnErr = fn(page.Numbers)
		}
		if fnErr != nil {
			return 0
		}
		return len(page.Numbers)
	}, func(page *numberPage) int { return page.TotalCount })
	if fnErr != nil {
		return fnErr
	}
	return err
}
