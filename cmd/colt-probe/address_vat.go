package main

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
)

const (
	validateAddressPath = "/addressManagement/v1/validateAddress"
	lacPath             = "/addressManagement/v1/LACByLocation"
	vatPath             = "/common-services/v1/check-vat-number"
)

// checkAddressAndVAT validates an address, asks its local area code and
// checks a VAT number: questions that change nothing.
func (p *Probe) checkAddressAndVAT(ctx context.Context) {
	address := probeAddress()
	body, _ := json.Marshal(address)
	validated := p.call(ctx, http.MethodPost, validateAddressPath, nil, body)
	p.expect("address-validation", "address validation (POST "+validateAddressPath+") answers as colt.yaml says", []*Exchange{validated})

	lac := p.get(ctx, lacPath, url.Values{"country": {probeCountry}, "postalCode": {address["postalCode"]}})
	p.expect("local-area-code", "local area code (GET "+lacPath+") answers as colt.yaml says (validLAC)", []*Exchange{lac})

	vatBody, _ := json.Marshal(map[string]string{"countryCode": vatCountry, "vatNumber": probeVAT()})
	p.reportVAT(p.call(ctx, http.MethodPost, vatPath, nil, vatBody))
}

func (p *Probe) reportVAT(ex *Exchange) {
	const shape = "VAT answer shape: countryCode, vatNumber, valid (a boolean), checkedAt (POST " + vatPath + ")"
	if ex == nil {
		p.add("vat-shape", shape, NotChecked, noToken)
		return
	}
	var answer struct {
		Valid *bool `json:"valid"`
	}
	_ = json.Unmarshal(ex.body, &answer)
	switch {
	case ex.ok(http.StatusOK) && answer.Valid != nil:
		p.add("vat-shape", shape, Held, "answered HTTP 200 as colt.yaml says", ex)
	case ex.Status == http.StatusOK && answer.Valid == nil:
		p.add("vat-shape", shape, Broken, describe(ex)+": no boolean valid, so the client cannot read the verdict", ex)
	default:
		p.add("vat-shape", shape, Broken, describe(ex), ex)
	}
}
