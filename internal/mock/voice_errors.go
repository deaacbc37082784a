package mock

import "net/http"

// Error rows of Voice Address Management (110-114), VAT validation
// (120-121) and Voice Billing (130-133); api/colt.yaml lists them. 101
// (country), 100 (body), 104 (number) and 105 (pagination) are shared with
// number management.
var (
	errAddressFieldMissing = apiError{Status: http.StatusBadRequest, Code: "110", Reason: reasonValidation,
		Message: "missing address field"}
	errAddressFieldUnused = apiError{Status: http.StatusBadRequest, Code: "111", Reason: reasonValidation,
		Message: "address field not used in this country"}
	errAddressNotFound = apiError{Status: http.StatusNotFound, Code: "112", Reason: reasonNotFound,
		Message: "address not found"}
	errLACLocation = apiError{Status: http.StatusBadRequest, Code: "113", Reason: reasonValidation,
		Message: "location incomplete"}
	errNoLAC = apiError{Status: http.StatusNotFound, Code: "114", Reason: reasonNotFound,
		Message: "no local area code found"}
	errVATFormat = apiError{Status: http.StatusBadRequest, Code: "120", Reason: reasonValidation,
		Message: "invalid VAT number format"}
	errVATCompanyName = apiError{Status: http.StatusBadRequest, Code: "121", Reason: reasonValidation,
		Message: "Spain requires companyName", Details: "send the exact registered name as companyName"}
	errCDRDate = apiError{Status: http.StatusBadRequest, Code: "130", Reason: reasonValidation,
		Message: "date outside the 90-day window"}
	errBillingMonth = apiError{Status: http.StatusBadRequest, Code: "131", Reason: reasonValidation,
		Message: "invalid month"}
	errCDRRequestNotFound = apiError{Status: http.StatusNotFound, Code: "132", Reason: reasonNotFound,
		Message: "consolidated CDR request not found"}
	errReportFileNotFound = apiError{Status: http.StatusNotFound, Code: "133", Reason: reasonNotFound,
		Message: "non-usage report file not found"}
)
