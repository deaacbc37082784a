package mock

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

// Seed describes an inventory to create at once, as if a client had held
// these numbers for a while: Numbers in reservation blocks of up to
// SeedBlockSize across several countries, every second block activated,
// and PortIns completed port-ins of SeedPortInSize numbers each.
type Seed struct {
	Numbers int
	PortIns int
	// Prefix starts every customer reference ("legacy" when empty):
	// blocks are <prefix>-<country>-NNN, port-ins <prefix>-port-<country>-NNN.
	Prefix string
	// FirstOrderID, when above the last order id, is where order ids go on
	// from: the seed's first order, or the next one placed, is
	// ORD-<FirstOrderID>. Documentation examples name such fixed ids.
	FirstOrderID int64
}

// SeedBlockSize is the size of a seeded reservation block.
const (
	SeedBlockSize  = 100
	SeedPortInSize = 5
	maxSeedNumbers = 50000
	maxOrderID     = 99999999 // order ids have eight digits
)

// seedCountries have no end-customer registration rule, so that their
// activations need nothing but a name; Germany's blocks stay at 100, the
// largest it allows without the regulator's approval.
var seedCountries = []string{"GB", "FR", "DE", "NL", "IT", "BE", "SE", "DK", "AT", "IE", "CH"}

// SeedResult counts what Seed created.
type SeedResult struct {
	Blocks, Activated, PortIns, Numbers int
}

// Seed creates spec's inventory for client through the same order rules as
// the API, each order completed at once. Seeded orders are not counted in
// Stats.OrdersPlaced, which keeps counting what callers of the API place.
func (s *Server) Seed(client string, spec Seed) (SeedResult, error) {
	var res SeedResult
	if spec.Numbers < 0 || spec.PortIns < 0 || spec.Numbers > maxSeedNumbers {
		return res, fmt.Errorf("seed: numbers must be 0 to %d and port-ins not negative", maxSeedNumbers)
	}
	if spec.FirstOrderID < 0 || spec.FirstOrderID > maxOrderID {
		return res, fmt.Errorf("seed: the first order id must be 0 to %d", maxOrderID)
	}
	prefix := spec.Prefix
	if prefix == "" {
		prefix = "legacy"
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.now()
	s.advance(now)
	s.state.seq = max(s.state.seq, spec.FirstOrderID-1)
	perCountry := map[string]int{}
	for left := spec.Numbers; left > 0; {
		size := min(left, SeedBlockSize)
		code := seedCountries[res.Blocks%len(seedCountries)]
		perCountry[code]++
		ref := fmt.Sprintf("%s-%s-%03d", prefix, strings.ToLower(code), perCountry[code])
		o, err := s.seedOrder(client, typeReservation, now, map[string]any{
			"customerReference": ref, "countryCode": code, "quantity": size,
		})
		if err != nil {
			return res, err
		}
		if res.Blocks%2 == 1 {
			if _, err := s.seedOrder(client, typeActivation, now, map[string]any{
				"customerReference": ref + ":1", "numbers": o.view.Numbers,
				"endCustomer": map[string]any{"name": fmt.Sprintf("Seed Customer %d", res.Blocks+1)}, "directoryListing": false,
			}); err != nil {
				return res, err
			}
			res.Activated++
		}
		res.Blocks++
		res.Numbers += size
		left -= size
	}
	for i := range spec.PortIns {
		code := seedCountries[i%len(seedCountries)]
		c := countries[code]
		numbers := make([]string, SeedPortInSize)
		for j := range numbers {
			// Outside Colt's pool (its numbers have 7 after the area code).
			numbers[j] = fmt.Sprintf("+%s8%0*d", c.callingCode, c.nsnLength-1, i*SeedPortInSize+j+1)
		}
		if _, err := s.seedOrder(client, typePortIn, now, map[string]any{
			"customerReference": fmt.Sprintf("%s-port-%s-%03d", prefix, strings.ToLower(code), i+1),
			"countryCode":       code, "numbers": numbers, "losingCarrier": "OtherTel",
			"requestedDate": now.UTC().Format(time.DateOnly), "requestedWindow": "standard",
			"endCustomer": map[string]any{"name": fmt.Sprintf("Seed Port Customer %d", i+1)},
		}); err != nil {
			return res, err
		}
		res.PortIns++
		res.Numbers += SeedPortInSize
	}
	return res, nil
}

// seedOrder places one order as the API would and runs it to its end.
// Callers hold s.mu.
func (s *Server) seedOrder(client, orderType string, now time.Time, body map[string]any) (*order, error) {
	raw, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, e := decodeOrder(orderType, raw)
	if e != nil {
		return nil, fmt.Errorf("seed %s %v: %s", orderType, body["customerReference"], e.Message)
	}
	_, answer := s.placeOrder(client, orderType, req, now)
	view, ok := answer.(orderView)
	if !ok {
		return nil, fmt.Errorf("seed %s %v: %+v", orderType, body["customerReference"], answer)
	}
	s.stats.OrdersPlaced[orderType]--
	if s.stats.OrdersPlaced[orderType] == 0 {
		delete(s.stats.OrdersPlaced, orderType)
	}
	o := s.state.orders[view.OrderID]
	for o.view.Status != orderCompleted && o.view.Status != orderFailed {
		s.state.step(o, now, 0)
	}
	if o.view.Status == orderFailed {
		return nil, fmt.Errorf("seed %s %v failed: %s", orderType, body["customerReference"], o.view.FailureReason)
	}
	return o, nil
}
