package colt

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"strconv"
	"strings"
)

// PageLimit is the page size the client asks for: Colt's maximum.
const PageLimit = 200

// eachPage reads a paginated list one page at a time: decode fills a page,
// take consumes it and says how many items it held, total reads totalCount.
//
// No Colt text documents the paging fields (api/colt.yaml assumes
// offset, limit and totalCount). A page with totalCount ends the list once
// offset reaches it; a page without one ends it only when it is short
// (fewer items than the page size) or empty, so a gateway that omits
// totalCount costs at most one empty request, never lost items.
func eachPage[P any](ctx context.Context, c *Client, op, path string, params url.Values,
	take func(*P) int, total func(*P) int) error {
	for offset := 0; ; {
		q := url.Values{}
		for k, v := range params {
			q[k] = v
		}
		q.Set("offset", strconv.Itoa(offset))
		q.Set("limit", strconv.Itoa(PageLimit))
		var page pageOf[P]
		if _, err := c.doShared(ctx, call{op: op, method: http.MethodGet, path: path, query: q, idempotent: true}, &page); err != nil {
			return err
		}
		n := take(&page.items)
		offset += n
		switch {
		case n == 0:
			return nil
		case page.hasTotal:
			if offset >= total(&page.items) {
				return nil
			}
		case n < page.size():
			return nil
		}
	}
}

// pageOf is one page of a list, plus what the client needs to know about
// its paging fields: whether totalCount was sent at all, and the limit the
// server says it applied (a server that caps pages below PageLimit sends
// short pages that are not the last).
type pageOf[P any] struct {
	items    P
	hasTotal bool
	limit    int
}

type pagingFields struct {
	TotalCount json.RawMessage `json:"totalCount"`
	Limit      json.RawMessage `json:"limit"`
}

func (p *pageOf[P]) UnmarshalJSON(b []byte) error {
	if err := json.Unmarshal(b, &p.items); err != nil {
		return err
	}
	var f pagingFields
	if err := json.Unmarshal(b, &f); err != nil {
		return err
	}
	p.hasTotal = len(f.TotalCount) > 0 && string(f.TotalCount) != "null"
	// A limit that is not a number is ignored, like an absent one.
	p.limit, _ = strconv.Atoi(strings.Trim(string(f.Limit), `"`))
	return nil
}

// size is the page size that makes a page full: the limit the server
// applied when it says so and it is below the one asked, else PageLimit.
func (p *pageOf[P]) size() int {
	if p.limit > 0 && p.limit < PageLimit {
		return p.limit
	}
	return PageLimit
}
