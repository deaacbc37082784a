package mock

import (
	"net/http"
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
	return m
}()

// lookupRoute finds the operation serving path, or nil.
func lookupRoute(path string) (*route, string) {
	if rt, ok := routes[path]; ok {
		return rt, ""
	}
	if id, ok := strings.CutPrefix(path, orderPath+"/"); ok && id != "" && !strings.Contains(id, "/") {
		return routes[orderByIDPath], id
	}
	return nil, ""
}
