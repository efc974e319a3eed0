package store

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
)

//go:embed rates.csv
var defaultRatesCSV string

// Rate is the EUR value of one unit of Currency from Date on.
type Rate struct {
	Date       time.Time
	Currency   string
	EURPerUnit float64
}

// RateTable converts amounts to EUR with dated rates. It is immutable once
// built and safe for concurrent use. The zero value and nil know only EUR.
type RateTable struct {
	byCur map[string][]Rate // sorted by Date
}

// DefaultRates returns the embedded table (rates.csv in this package:
// approximate annual ECB averages for the main currencies since 2022).
func DefaultRates() *RateTable {
	t, err := ParseRates(strings.NewReader(defaultRatesCSV))
	if err != nil {
		panic("store: embedded rates.csv: " + err.Error())
	}
	return t
}

// ParseRates reads a rate table: one "DATE,CURRENCY,EUR_PER_UNIT" per line
// (DATE as YYYY-MM-DD, the day the rate starts to apply; CURRENCY a
// three-letter code; EUR_PER_UNIT a positive decimal); blank lines and lines
// starting with # are ignored. Errors wrap ErrInvalid and give the line.
func ParseRates(r io.Reader) (*RateTable, error) {
	t := &RateTable{byCur: map[string][]Rate{}}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, ",")
		if len(f) != 3 {
			return nil, fmt.Errorf("store: rates line %d: %w: want DATE,CURRENCY,EUR_PER_UNIT", n, ErrInvalid)
		}
		d, err := time.Parse(time.DateOnly, strings.TrimSpace(f[0]))
		if err != nil {
			return nil, fmt.Errorf("store: rates line %d: %w date: %v", n, ErrInvalid, err)
		}
		cur, err := normalizeCurrency(strings.TrimSpace(f[1]))
		if err != nil {
			return nil, fmt.Errorf("store: rates line %d: %w currency: %v", n, ErrInvalid, err)
		}
		v, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
		if err != nil || v <= 0 || math.IsInf(v, 0) || math.IsNaN(v) {
			return nil, fmt.Errorf("store: rates line %d: %w rate: %q is not a positive number", n, ErrInvalid, f[2])
		}
		t.byCur[cur] = append(t.byCur[cur], Rate{Date: d, Currency: cur, EURPerUnit: v})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("store: rates: %w", err)
	}
	for cur, rs := range t.byCur {
		sort.SliceStable(rs, func(i, j int) bool { return rs[i].Date.Before(rs[j].Date) })
		for i := 1; i < len(rs); i++ {
			if rs[i].Date.Equal(rs[i-1].Date) {
				return nil, fmt.Errorf("store: rates: %w: two rates for %s on %s", ErrInvalid, cur, rs[i].Date.Format(time.DateOnly))
			}
		}
	}
	return t, nil
}

// ToEUR converts amount of currency at date t, with the latest rate dated
// on or before t, or the earliest rate when t precedes them all. ok is false
// when the table has no rate for the currency.
func (t *RateTable) ToEUR(amount float64, currency string, at time.Time) (eur float64, rate Rate, ok bool) {
	if currency == "EUR" {
		return amount, Rate{Currency: "EUR", EURPerUnit: 1}, true
	}
	if t == nil {
		return 0, Rate{}, false
	}
	rs := t.byCur[currency]
	if len(rs) == 0 {
		return 0, Rate{}, false
	}
	i := sort.Search(len(rs), func(i int) bool { return rs[i].Date.After(at) })
	if i > 0 {
		i--
	}
	return amount * rs[i].EURPerUnit, rs[i], true
}

// constant reports whether ToEUR gives currency one rate over [from, to)
// (always, for a currency the table does not know).
func (t *RateTable) constant(currency string, from, to time.Time) bool {
	if currency == "EUR" || t == nil {
		return true
	}
	rs := t.byCur[currency]
	for i := 1; i < len(rs); i++ { // before the first rate, the first applies
		if rs[i].Date.After(from) && rs[i].Date.Before(to) {
			return false
		}
	}
	return true
}

// Currencies returns the currencies the table knows, sorted, EUR excluded.
func (t *RateTable) Currencies() []string {
	if t == nil {
		return nil
	}
	var out []string
	for c := range t.byCur {
		out = append(out, c)
	}
	sort.Strings(out)
	return out
}
