package mock

import (
	"fmt"
	"net/http"
)

const (
	reasonConflict = "Conflict"
	reasonNotFound = "Not found"
)

// Error rows of Wholesale SIP number management (api/colt.yaml). 101-103
// are in errors.go with the free-number search that introduced them.
var (
	errBadBody = apiError{Status: http.StatusBadRequest, Code: "100", Reason: reasonValidation,
		Message: "invalid request body"}
	errBadNumber = apiError{Status: http.StatusBadRequest, Code: "104", Reason: reasonValidation,
		Message: "invalid number"}
	errBadPagination = apiError{Status: http.StatusBadRequest, Code: "105", Reason: reasonValidation,
		Message: "invalid pagination"}
	errNotFree = apiError{Status: http.StatusConflict, Code: "201", Reason: reasonConflict,
		Message: "numbers not free"}
	errGermanApproval = apiError{Status: http.StatusBadRequest, Code: "202", Reason: reasonValidation,
		Message: "Germany: assigning a block of more than 100 numbers needs a regulator approval reference (BNetzA)",
		Details: "send regulatorApprovalReference"}
	errRegistrationRequired = apiError{Status: http.StatusBadRequest, Code: "203", Reason: reasonValidation}
	errNameRequired         = apiError{Status: http.StatusBadRequest, Code: "204", Reason: reasonValidation,
		Message: "Spain requires the end customer's registered name", Details: "send endCustomer.name"}
	errNotHeld = apiError{Status: http.StatusConflict, Code: "205", Reason: reasonConflict,
		Message: "numbers not held by you in the required status"}
	errOrderNotFound = apiError{Status: http.StatusNotFound, Code: "206", Reason: reasonNotFound,
		Message: "order not found"}
	errBadPorting = apiError{Status: http.StatusBadRequest, Code: "207", Reason: reasonValidation,
		Message: "invalid porting request"}
	errPortFinal = apiError{Status: http.StatusConflict, Code: "208", Reason: reasonConflict,
		Message: "port-in order can no longer be changed"}
	errDirectoryService = apiError{Status: http.StatusBadRequest, Code: "209", Reason: reasonValidation,
		Message: "directory service data applies to SE and ES numbers only"}
	errReferenceUsed = apiError{Status: http.StatusConflict, Code: "301", Reason: reasonConflict,
		Message: "customer reference already used for a different order"}
)

// fail returns a copy of the row with details, as a pointer for the
// validation helpers (nil means valid).
func fail(row apiError, format string, args ...any) *apiError {
	e := row.withDetails(fmt.Sprintf(format, args...))
	return &e
}

func registrationError(code string) *apiError {
	e := errRegistrationRequired.withMessage(countries[code].name + " requires the end customer's VAT / registration number").
		withDetails("send endCustomer.registrationNumber")
	return &e
}
