package mock

import "time"

// voiceState is the Address Management and Voice Billing state: stored
// addresses and consolidated CDR requests, per client. It is guarded by
// Server.mu; the zero value is ready to use. The number and order history
// billing is generated from lives in numberState.
type voiceState struct {
	// addresses maps client -> addressId -> the address validated last
	// under that id.
	addresses map[string]map[string]standardAddress
	cdrSeq    int64 // last consolidated request; ids are CDRREQ-%04d of it
	requests  map[string]*cdrRequest
}

// cdrRequest is one consolidated unrated CDR request: its file is made
// when requested and can be downloaded from readyAt on.
type cdrRequest struct {
	id, client string
	readyAt    time.Time
	csv        []byte
}

// reset clears everything but the request sequence, so request ids keep
// increasing like order ids.
func (v *voiceState) reset() {
	*v = voiceState{cdrSeq: v.cdrSeq}
}

func (v *voiceState) storeAddress(client string, a standardAddress) {
	if v.addresses == nil {
		v.addresses = map[string]map[string]standardAddress{}
	}
	book := v.addresses[client]
	if book == nil {
		book = map[string]standardAddress{}
		v.addresses[client] = book
	}
	book[a.AddressID] = a
}

func (v *voiceState) address(client, id string) (standardAddress, bool) {
	a, ok := v.addresses[client][id]
	return a, ok
}
