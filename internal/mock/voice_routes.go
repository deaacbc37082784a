package mock

import (
	"net/http"
	"strings"
)

// Paths of Voice Address Management, VAT validation and Voice Billing.
const (
	addressBase            = "/addressManagement/v1/"
	validateAddressPath    = addressBase + "validateAddress"
	addressPrefix          = addressBase + "address/"
	addressByIDPath        = addressPrefix + "{addressID}"
	lacPath                = addressBase + "LACByLocation"
	vatPath                = "/common-services/v1/check-vat-number"
	usageBase              = "/usageManagement/" // as Colt prints it: no /v1
	usageBaseV1            = "/usageManagement/v1/"
	unratedCDRPath         = usageBase + "unratedCallDetailRecord"
	ratedCDRPath           = usageBase + "ratedCallDetailRecord"
	consolidatedCreatePath = usageBase + "generateConsolidatedUnratedCallDetailRecord"
	consolidatedPrefix     = usageBase + "consolidatedUnratedCallDetailRecord/"
	consolidatedByIDPath   = consolidatedPrefix + "{requestId}"
	nonUsagePath           = usageBase + "nonUsageReport"
	reportFilesPath        = nonUsagePath + "/files"
	reportFilePrefix       = reportFilesPath + "/"
	reportFileByNamePath   = reportFilePrefix + "{fileName}"
)

type handlerFunc = func(s *Server, w http.ResponseWriter, r *http.Request, param string)

func plain(f func(s *Server, w http.ResponseWriter, r *http.Request)) handlerFunc {
	return func(s *Server, w http.ResponseWriter, r *http.Request, _ string) { f(s, w, r) }
}

// voiceRoutes are added to routes; a template ending in {param} matches any
// single path segment there.
var voiceRoutes = append([]*route{
	{http.MethodPost, validateAddressPath, plain((*Server).serveValidateAddress)},
	{http.MethodGet, addressByIDPath, (*Server).serveAddress},
	{http.MethodGet, lacPath, plain((*Server).serveLAC)},
	{http.MethodPost, vatPath, plain((*Server).serveCheckVAT)},
}, bothBillingForms(
	&route{http.MethodGet, unratedCDRPath, plain((*Server).serveUnratedCDRs)},
	&route{http.MethodGet, ratedCDRPath, plain((*Server).serveRatedCDRs)},
	&route{http.MethodPost, consolidatedCreatePath, plain((*Server).serveConsolidatedRequest)},
	&route{http.MethodGet, consolidatedByIDPath, (*Server).serveConsolidated},
	&route{http.MethodGet, nonUsagePath, plain((*Server).serveNonUsage)},
	&route{http.MethodGet, reportFilesPath, plain((*Server).serveReportFiles)},
	&route{http.MethodGet, reportFileByNamePath, (*Server).serveReportFile},
)...)

// bothBillingForms serves each billing route in both forms of its path:
// without /v1 as Colt prints them, and under /usageManagement/v1
// (Assumptions.BillingV1). Only the form the assumptions choose answers;
// the other answers 404 as a gateway without that path would.
func bothBillingForms(documented ...*route) []*route {
	out := make([]*route, 0, 2*len(documented))
	for _, rt := range documented {
		v1 := &route{rt.method, usageBaseV1 + strings.TrimPrefix(rt.template, usageBase), onlyInBillingForm(true, rt.handle)}
		rt.handle = onlyInBillingForm(false, rt.handle)
		out = append(out, rt, v1)
	}
	return out
}

func onlyInBillingForm(v1 bool, h handlerFunc) handlerFunc {
	return func(s *Server, w http.ResponseWriter, r *http.Request, param string) {
		s.mu.Lock()
		served := s.assume.BillingV1 == v1
		s.mu.Unlock()
		if !served {
			writeError(w, errNotFound)
			return
		}
		h(s, w, r, param)
	}
}
