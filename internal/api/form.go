package api

import (
	"net/url"
	"strings"
	"unicode/utf8"

	"github.com/pledgewatch/pledgewatch/internal/amount"
	"github.com/pledgewatch/pledgewatch/internal/news"
	"github.com/pledgewatch/pledgewatch/store"
)

// maxFieldLen bounds every text field of the edit form.
const maxFieldLen = 200

// FormCorrection turns the edit form's fields into a store.Correction that
// holds only the fields whose value differs from cur (the commitment's
// effective values). Numbers are read as people write them (amount.Parse:
// "2,500", "1.2 billion", "€1.2bn"; a currency in the amount sets the
// currency). An absent or empty number field leaves the number unchanged. Errors are *ParamError naming the field; the store checks
// codes and enums.
func FormCorrection(form url.Values, cur news.Commitment) (store.Correction, error) {
	var k store.Correction
	text := func(name, old string, dst **string) error {
		if !form.Has(name) {
			return nil
		}
		v := strings.TrimSpace(form.Get(name))
		if len(v) > maxFieldLen || !utf8.ValidString(v) {
			return badParam(name, "must be valid UTF-8 of at most %d bytes", maxFieldLen)
		}
		if v != old {
			*dst = &v
		}
		return nil
	}
	integer := func(name string, old *int64, dst **int64) error {
		v := strings.TrimSpace(form.Get(name))
		if v == "" {
			return nil
		}
		n, err := wholeNumber(v)
		if err != nil {
			return badParam(name, "%v", err)
		}
		if old == nil || *old != n {
			*dst = &n
		}
		return nil
	}
	for _, f := range []struct {
		name string
		old  string
		dst  **string
	}{{"actor", cur.Actor, &k.Actor}, {"currency", cur.Currency, &k.Currency}, {"item", cur.Item, &k.Item},
		{"qualifier", cur.Qualifier, &k.Qualifier}, {"recipient", cur.Recipient, &k.Recipient}} {
		if err := text(f.name, f.old, f.dst); err != nil {
			return store.Correction{}, err
		}
	}
	if form.Has("kind") {
		v := news.Kind(strings.TrimSpace(form.Get("kind")))
		if !v.Valid() {
			return store.Correction{}, badParam("kind", "%q is not one of %v", clip(string(v)), news.Kinds())
		}
		if v != cur.Kind {
			k.Kind = &v
		}
	}
	if form.Has("status") {
		v := news.Status(strings.TrimSpace(form.Get("status")))
		if !v.Valid() {
			return store.Correction{}, badParam("status", "%q is not one of %v", clip(string(v)), news.Statuses())
		}
		if v != cur.Status {
			k.Status = &v
		}
	}
	if err := integer("troops", cur.Troops, &k.Troops); err != nil {
		return store.Correction{}, err
	}
	if err := integer("count", cur.Count, &k.Count); err != nil {
		return store.Correction{}, err
	}
	if v := strings.TrimSpace(form.Get("amount")); v != "" {
		f, code, err := amount.Parse(v)
		if err != nil {
			return store.Correction{}, badParam("amount", "%v", err)
		}
		if cur.Amount == nil || *cur.Amount != f {
			k.Amount = &f
		}
		// "€1.2bn" also says the currency, unless the currency field was
		// changed to something else.
		if code != "" && code != cur.Currency {
			typed := strings.ToUpper(strings.TrimSpace(form.Get("currency")))
			switch {
			case typed == "" || typed == strings.ToUpper(cur.Currency):
				k.Currency = &code
			case typed != code:
				return store.Correction{}, badParam("amount", "%q says %s but the currency field says %s", clip(v), code, typed)
			}
		}
	}
	return k, nil
}
