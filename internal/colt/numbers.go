package colt

import (
	"context"
	"net/url"
	"strconv"
)

// FreeNumberQuery searches Colt's pool of free numbers.
type FreeNumberQuery struct {
	CountryCode string // ISO 3166 alpha-2
	AreaCode    string // optional
	Quantity    int    // optional; Colt's default when 0
	NumberType  string // optional: NumberGeographic (Colt's default) or NumberNomadic
}

// FreeNumber is a number that can be reserved.
type FreeNumber struct {
	Number      string `json:"number"` // E.164
	CountryCode string `json:"countryCode"`
	AreaCode    string `json:"areaCode"`
	NumberType  string `json:"numberType,omitempty"`
}

type freeNumbersResponse struct {
	FreeNumbers []FreeNumber `json:"freeNumbers"`
	TotalCount  int          `json:"totalCount"`
}

// SearchFreeNumbers lists free numbers matching q.
func (c *Client) SearchFreeNumbers(ctx context.Context, q FreeNumberQuery) ([]FreeNumber, error) {
	params := url.Values{"countryCode": {q.CountryCode}}
	if q.AreaCode != "" {
		params.Set("areaCode", q.AreaCode)
	}
	if q.Quantity > 0 {
		params.Set("quantity", strconv.Itoa(q.Quantity))
	}
	if q.NumberType != "" {
		params.Set("numberType", q.NumberType)
	}
	var out freeNumbersResponse
	_, err := c.doShared(ctx, call{
		op:         "search free numbers",
		method:     "GET",
		path:       "/numberManagement/v1/freeNumber",
		query:      params,
		idempotent: true,
	}, &out)
	return out.FreeNumbers, err
}
