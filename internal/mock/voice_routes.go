package mock

import "net/http"

// Paths of Voice Address Management, VAT validation and Voice Billing.
const (
	addressBase            = "/addressManagement/v1/"
	validateAddressPath    = addressBase + "validateAddress"
	addressPrefix          = addressBase + "address/"
	addressByIDPath        = addressPrefix + "{addressID}"
	lacPath                = addressBase + "LACByLocation"
	vatPath                = "/common-services/v1/check-vat-number"
	usageBase              = "/usageManagement/v1/"
	unratedCDRPath         = usageBase + "unratedCallDetailRecord"
	ratedCDRPath           = usageBase + "ratedCallDetailRecord"
	consolidatedCreatePath = usageBase + "generateConsolidatedUnratedCallDetailRecord"
	consolidatedPrefix     = usageBase + "consolidatedUnratedCallDetailRecord/"
	consolidatedByIDPath   = consolidatedPrefix + "{requestId}"
	nonUsagePath           = usageBase + "nonUsageReport"
)

type handlerFunc = func(s *Server, w http.ResponseWriter, r *http.Request, param string)

func plain(f func(s *Server, w http.ResponseWriter, r *http.Request)) handlerFunc {
	return func(s *Server, w http.ResponseWriter, r *http.Request, _ string) { f(s, w, r) }
}

// voiceRoutes are added to routes; a template ending in {param} matches any
// single path segment there.
var voiceRoutes = []*route{
	{http.MethodPost, validateAddressPath, plain((*Server).serveValidateAddress)},
	{http.MethodGet, addressByIDPath, (*Server).serveAddress},
	{http.MethodGet, lacPath, plain((*Server).serveLAC)},
	{http.MethodPost, vatPath, plain((*Server).serveCheckVAT)},
	{http.MethodGet, unratedCDRPath, plain((*Server).serveUnratedCDRs)},
	{http.MethodGet, ratedCDRPath, plain((*Server).serveRatedCDRs)},
	{http.MethodPost, consolidatedCreatePath, plain((*Server).serveConsolidatedRequest)},
	{http.MethodGet, consolidatedByIDPath, (*Server).serveConsolidated},
	{http.MethodGet, nonUsagePath, plain((*Server).serveNonUsage)},
}
