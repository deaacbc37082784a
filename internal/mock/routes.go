package mock

import (
	"net/http"
	"slices"
	"strings"
)

const (
	tokenPath       = "/authentication/v1/oauth/token"
	numberBase      = "/numberManagement/v1/"
	freeNumberPath  = numberBase + "freeNumber"
	inventoryPath   = numberBase + "Number"
	orderPath       = numberBase + "order"
	orderByIDPath   = orderPath + "/{orderId}"
	orderPathSuffix = "/order"
)

// Order types, as the order paths name them.
const (
	typeReservation    = "reservation"
	typeActivation     = "activation"
	typeUpdateCustomer = "updateCustomer"
	typeReturn         = "return"
	typePortIn         = "portIn"
	typePortUpdate     = "portUpdate"
)

var orderTypes = []string{typeReservation, typeActivation, typeUpdateCustomer, typeReturn, typePortIn, typePortUpdate}

// route is one API operation. param is the value of the template's path
// parameter, if it has one.
type route struct {
	method   string
	template string
	handle   func(s *Server, w http.ResponseWriter, r *http.Request, param string)
}

var routes = func() map[string]*route {
	m := map[string]*route{
		tokenPath: {http.MethodPost, tokenPath, func(s *Server, w http.ResponseWriter, r *http.Request, _ string) {
			s.serveToken(w, r)
		}},
		freeNumberPath: {http.MethodGet, freeNumberPath, func(s *Server, w http.ResponseWriter, r *http.Request, _ string) {
			s.serveFreeNumbers(w, r)
		}},
		inventoryPath: {http.MethodGet, inventoryPath, func(s *Server, w http.ResponseWriter, r *http.Request, _ string) {
			s.serveInventory(w, r)
		}},
		orderPath: {http.MethodGet, orderPath, func(s *Server, w http.ResponseWriter, r *http.Request, _ string) {
			s.serveOrderQuery(w, r)
		}},
		orderByIDPath: {http.MethodGet, orderByIDPath, func(s *Server, w http.ResponseWriter, r *http.Request, id string) {
			s.serveOrder(w, r, id)
		}},
	}
	for _, orderType := range orderTypes {
		path := numberBase + orderType + orderPathSuffix
		m[path] = &route{http.MethodPost, path, func(s *Server, w http.ResponseWriter, r *http.Request, _ string) {
			s.servePlaceOrder(w, r, orderType)
		}}
	}
	for _, rt := range voiceRoutes {
		m[rt.template] = rt
	}
	return m
}()

// paramRoute is a route whose template ends in a path parameter: prefix is
// the template up to it.
type paramRoute struct {
	prefix string
	route  *route
}

var paramRoutes = func() []paramRoute {
	var out []paramRoute
	for template, rt := range routes {
		if i := strings.Index(template, "{"); i >= 0 {
			out = append(out, paramRoute{prefix: template[:i], route: rt})
		}
	}
	slices.SortFunc(out, func(a, b paramRoute) int { return strings.Compare(a.prefix, b.prefix) })
	return out
}()

// lookupRoute finds the operation serving path, or nil.
func lookupRoute(path string) (*route, string) {
	if rt, ok := routes[path]; ok {
		return rt, ""
	}
	for _, p := range paramRoutes {
		if id, ok := strings.CutPrefix(path, p.prefix); ok && id != "" && !strings.Contains(id, "/") {
			return p.route, id
		}
	}
	return nil, ""
}
