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
}

// FreeNumber is a number that can be reserved.
type FreeNumber struct {
	Number      string `json:"number"` // E.164
	CountryCode string `json:"countryCode"`
	AreaCode    string `json:"areaCode"`
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
	var out freeNumbersResponse
	err := c.do(ctx, call{
		op:         "search free numbers",
		method:     "GET",
		path:       "/numberManagement/v1/freeNumber",
		query:      params,
		idempotent: true,
	}, &out)
	return out.FreeNumbers, err
}

// Countries maps each country Colt's Wholesale SIP numbers serve (ISO 3166
// alpha-2) to its E.164 calling code. Zone A is documented; Zone B is
// published only as starting with LU, and FI is implied by the activation
// rules, so the list is our model (api/colt.yaml) until Colt's specs arrive.
var Countries = map[string]string{
	"AT": "43", "BE": "32", "DK": "45", "FR": "33", "DE": "49", "IE": "353", "IT": "39",
	"NL": "31", "PT": "351", "ES": "34", "SE": "46", "CH": "41", "GB": "44",
	"LU": "352", "FI": "358",
}
