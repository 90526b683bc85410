// Package province holds the screens of a province's staff, which the
// province tier adds (issues 9 and 10): the province's communes and their
// administrators (communes*.go: list, add, import, deactivate); next, the
// report requests it issues (the Công văn), the reports its communes submit
// with their versions, accepting or returning each, the live page of who
// reported and on time, and the figures consolidated across its communes.
//
// It is shaped like package commune: a Handlers type made by New from the
// shared kit (ui.Kit) and the use cases it calls (the application layer,
// never the store), with one exported method per screen, its templates in
// templates/ and its assets in static/ handed to ui.New through a Files
// function. Its routes go into package web's routes.go beside the others,
// each behind s.require with a province action (one the province tier adds
// to domain), for example
//
//	mux.HandleFunc("GET /province/reports", s.require(domain.ActReviewReports, v.Reports))
//
// and web.New builds its Handlers as it builds the commune's. A province
// user reaches the province's screens only; a commune user none of them.
package province
