package api

import (
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/pledgewatch/pledgewatch/internal/amount"
	"github.com/pledgewatch/pledgewatch/store"
)

// maxParamLen bounds every query parameter value.
const maxParamLen = 512

// ParseQuery turns the query parameters of GET /api/v1/commitments into a
// store.Query. It checks syntax (dates, numbers, lengths); the store checks
// the values (country codes, kinds …). Errors are *ParamError naming the
// parameter. Accepted parameters:
//
//	country kind status review source currency q cursor
//	since until     YYYY-MM-DD or RFC 3339; a date-only until includes that whole day
//	min_amount max_amount   numbers
//	limit           1…store.MaxLimit
//
// Unknown parameters are ignored (format is read by the handler).
func ParseQuery(v url.Values) (store.Query, error) {
	var q store.Query
	for name, vals := range v {
		if name == "" || len(name) > 64 || !utf8.ValidString(name) {
			name = "query"
		}
		if len(vals) > 1 {
			return q, badParam(name, "given %d times", len(vals))
		}
		if len(vals[0]) > maxParamLen {
			return q, badParam(name, "longer than %d bytes", maxParamLen)
		}
		if !utf8.ValidString(vals[0]) {
			return q, badParam(name, "not valid UTF-8")
		}
	}
	get := func(name string) string { return strings.TrimSpace(v.Get(name)) }
	q.Country = get("country")
	q.Kind = get("kind")
	q.Status = get("status")
	q.Review = get("review")
	q.Source = get("source")
	q.Currency = get("currency")
	q.Text = get("q")
	q.Cursor = get("cursor")
	var err error
	if q.Since, err = parseDate("since", get("since"), false); err != nil {
		return q, err
	}
	if q.Until, err = parseDate("until", get("until"), true); err != nil {
		return q, err
	}
	if q.MinAmount, err = parseAmount("min_amount", get("min_amount")); err != nil {
		return q, err
	}
	if q.MaxAmount, err = parseAmount("max_amount", get("max_amount")); err != nil {
		return q, err
	}
	if q.Limit, err = parseLimit("limit", get("limit"), store.MaxLimit); err != nil {
		return q, err
	}
	return q, nil
}

// QueryValues is the inverse of ParseQuery: the query parameters that
// select q (used by Client and by the UI's export links).
func QueryValues(q store.Query) url.Values {
	v := url.Values{}
	set := func(name, val string) {
		if val != "" {
			v.Set(name, val)
		}
	}
	set("country", q.Country)
	set("kind", q.Kind)
	set("status", q.Status)
	set("review", q.Review)
	set("source", q.Source)
	set("currency", q.Currency)
	set("q", q.Text)
	set("cursor", q.Cursor)
	if !q.Since.IsZero() {
		v.Set("since", q.Since.Format(time.RFC3339Nano))
	}
	if !q.Until.IsZero() {
		v.Set("until", q.Until.Format(time.RFC3339Nano))
	}
	if q.MinAmount != nil {
		v.Set("min_amount", strconv.FormatFloat(*q.MinAmount, 'g', -1, 64))
	}
	if q.MaxAmount != nil {
		v.Set("max_amount", strconv.FormatFloat(*q.MaxAmount, 'g', -1, 64))
	}
	if q.Limit != 0 {
		v.Set("limit", strconv.Itoa(q.Limit))
	}
	return v
}

// ParseDate parses YYYY-MM-DD (UTC) or an RFC 3339 time. With endOfDay, a
// date-only value means the end of that day (the start of the next), so an
// exclusive bound includes the whole day. "" gives the zero time. Errors
// are *ParamError naming param.
func ParseDate(param, s string, endOfDay bool) (time.Time, error) {
	return parseDate(param, s, endOfDay)
}

func parseDate(param, s string, endOfDay bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err == nil {
		if endOfDay {
			t = t.AddDate(0, 0, 1)
		}
	} else if t, err = time.Parse(time.RFC3339Nano, s); err != nil {
		return time.Time{}, badParam(param, "%q is not a date (YYYY-MM-DD) or RFC 3339 time", clip(s))
	}
	// Every bound must print as RFC 3339 and parse back (QueryValues, the
	// next-page links): years 0001 to 9999, after the whole-day shift.
	if t.Year() < 1 || t.Year() > 9999 {
		return time.Time{}, badParam(param, "%q is out of range: use a date from 0001-01-01 to 9999-12-30", clip(s))
	}
	return t, nil
}

// parseAmount reads a bound as people write it ("2,500", "1.2 billion",
// "1bn", "1e9"; amount.Parse) without a currency.
func parseAmount(param, s string) (*float64, error) {
	if s == "" {
		return nil, nil
	}
	f, cur, err := amount.Parse(s)
	if err != nil {
		return nil, badParam(param, "%v", err)
	}
	if cur != "" {
		return nil, badParam(param, "%q names a currency: give it in the currency parameter", clip(s))
	}
	return &f, nil
}

func parseLimit(param, s string, max int) (int, error) {
	if s == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 || n > max {
		return 0, badParam(param, "%q is not a number between 1 and %d", clip(s), max)
	}
	return n, nil
}

// clip shortens s for an error message.
func clip(s string) string {
	const max = 40
	if len(s) <= max {
		return s
	}
	for i := max; i > 0; i-- {
		if utf8.RuneStart(s[i]) {
			return s[:i] + "…"
		}
	}
	return ""
}
