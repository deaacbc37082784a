package mock

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"
	"time"
)

// orderRequest is the body of one order type. Placing it runs, in order:
// prepare (400/100 and defaults, before the idempotency check), check
// (stateless rules),
// admit (rules against the state, no changes) and apply (holds the numbers,
// echoes the request into the order, sets its steps). complete applies the
// effects when the order's final step is due (or reports why the order
// fails instead); release undoes what apply held when the order fails.
type orderRequest interface {
	reference() string
	prepare() *apiError
	canonical() string
	check(now time.Time) *apiError
	admit(st *numberState, cs *clientState) *apiError
	apply(st *numberState, cs *clientState, o *order)
	complete(st *numberState, cs *clientState, o *order, at time.Time) *orderFailure
	release(st *numberState, cs *clientState, o *order, at time.Time)
}

// endCustomerBody tells a missing name (400/100) from an empty one (400/204
// in Spain).
type endCustomerBody struct {
	Name                            *string `json:"name"`
	RegistrationNumber              string  `json:"registrationNumber,omitempty"`
	RegistrationNumberNotRegistered bool    `json:"registrationNumberNotRegistered,omitempty"`
}

func (e *endCustomerBody) value() *endCustomer {
	return &endCustomer{Name: *e.Name, RegistrationNumber: e.RegistrationNumber,
		RegistrationNumberNotRegistered: e.RegistrationNumberNotRegistered}
}

type reservationBody struct {
	CustomerReference          string   `json:"customerReference"`
	CountryCode                string   `json:"countryCode"`
	AreaCode                   string   `json:"areaCode,omitempty"`
	Quantity                   *int     `json:"quantity,omitempty"`
	Numbers                    []string `json:"numbers,omitempty"`
	RegulatorApprovalReference string   `json:"regulatorApprovalReference,omitempty"`
	// NumberType is geographic (the default) or nomadic.
	NumberType string `json:"numberType,omitempty"`
}

type assignmentBody struct {
	CustomerReference  string           `json:"customerReference"`
	Numbers            []string         `json:"numbers"`
	EndCustomer        *endCustomerBody `json:"endCustomer"`
	EmergencyAddressID string           `json:"emergencyAddressId,omitempty"`
	DirectoryListing   bool             `json:"directoryListing"`
	// RegulatorApprovalReference is Germany's BNetzA approval, needed to
	// activate more than 100 German numbers.
	RegulatorApprovalReference string `json:"regulatorApprovalReference,omitempty"`
	// DirectoryService is the numbers' directory entry (SE and ES only).
	DirectoryService *directoryService `json:"directoryService,omitempty"`
}

type returnBody struct {
	CustomerReference string   `json:"customerReference"`
	Numbers           []string `json:"numbers"`
}

type portInBody struct {
	CustomerReference  string           `json:"customerReference"`
	CountryCode        string           `json:"countryCode"`
	Numbers            []string         `json:"numbers"`
	LosingCarrier      string           `json:"losingCarrier"`
	RequestedDate      string           `json:"requestedDate"`
	RequestedWindow    string           `json:"requestedWindow"`
	EndCustomer        *endCustomerBody `json:"endCustomer"`
	EmergencyAddressID string           `json:"emergencyAddressId,omitempty"`
	// RegulatorApprovalReference: as on activations.
	RegulatorApprovalReference string `json:"regulatorApprovalReference,omitempty"`
	// DirectoryService: as on activations.
	DirectoryService *directoryService `json:"directoryService,omitempty"`
}

type portUpdateBody struct {
	CustomerReference string `json:"customerReference"`
	PortInOrderID     string `json:"portInOrderId"`
	RequestedDate     string `json:"requestedDate,omitempty"`
	RequestedWindow   string `json:"requestedWindow,omitempty"`
	LosingCarrier     string `json:"losingCarrier,omitempty"`
	Cancel            bool   `json:"cancel,omitempty"`
}

const maxOrderBody = 1 << 20

var customerReference = regexp.MustCompile(`^[A-Za-z0-9._:/~-]{1,64}$`)

// decodeOrder reads the body of an order of orderType; every problem with
// its JSON (syntax, unknown or mistyped fields, missing required fields)
// answers 400/100 with details naming the field.
func decodeOrder(orderType string, body []byte) (orderRequest, *apiError) {
	var req orderRequest
	var target any
	switch orderType {
	case typeReservation:
		r := &reservationOrder{}
		req, target = r, &r.body
	case typeActivation, typeUpdateCustomer:
		r := &assignmentOrder{orderType: orderType}
		req, target = r, &r.body
	case typeReturn:
		r := &returnOrder{}
		req, target = r, &r.body
	case typePortIn:
		r := &portInOrder{}
		req, target = r, &r.body
	default:
		r := &portUpdateOrder{}
		req, target = r, &r.body
	}
	if len(bytes.TrimSpace(body)) == 0 {
		return nil, fail(errBadBody, "the request body is empty; send a JSON object")
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(target); err != nil {
		return nil, fail(errBadBody, "%s", jsonProblem(err))
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return nil, fail(errBadBody, "unexpected data after the JSON object")
	}
	if e := req.prepare(); e != nil {
		return nil, e
	}
	return req, nil
}

func jsonProblem(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		return fmt.Sprintf("malformed JSON at offset %d", syntax.Offset)
	case errors.As(err, &typ):
		if typ.Field == "" {
			return fmt.Sprintf("the body must be a JSON object, not %s", typ.Value)
		}
		return fmt.Sprintf("field %s: %s is not a valid %s", typ.Field, typ.Value, typ.Type)
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "truncated JSON"
	}
	// "json: unknown field \"x\"" and the like.
	msg, _ := strings.CutPrefix(err.Error(), "json: ")
	return msg
}

// requireReference checks the customer reference every order carries.
func requireReference(ref string) *apiError {
	if ref == "" {
		return fail(errBadBody, "missing required field customerReference")
	}
	if !customerReference.MatchString(ref) {
		return fail(errBadBody, "customerReference must be 1 to 64 characters of A-Z a-z 0-9 . _ : / ~ -")
	}
	return nil
}

func requireNumbers(numbers []string) *apiError {
	if len(numbers) == 0 {
		return fail(errBadBody, "missing required field numbers (a non-empty array of E.164 numbers)")
	}
	seen := make(map[string]bool, len(numbers))
	for _, n := range numbers {
		if seen[n] {
			return fail(errBadBody, "numbers: %s appears more than once", truncate(n, 20))
		}
		seen[n] = true
	}
	return nil
}

func requireEndCustomer(e *endCustomerBody) *apiError {
	if e == nil {
		return fail(errBadBody, "missing required field endCustomer")
	}
	if e.Name == nil {
		return fail(errBadBody, "missing required field endCustomer.name")
	}
	return nil
}

// canonicalJSON encodes a normalized body with its numbers sorted, so that
// requests differing only in the order of their numbers compare equal.
func canonicalJSON(body any, numbers *[]string) string {
	if numbers != nil {
		saved := *numbers
		*numbers = slices.Sorted(slices.Values(saved))
		defer func() { *numbers = saved }()
	}
	b, _ := json.Marshal(body) // plain structs: cannot fail
	return string(b)
}
