package store

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"sort"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Totals are sums over ledger entries.
type Totals struct {
	// Troops by country, largest first.
	Troops []TroopTotal `json:"troops"`
	// Money by country and currency, in original amounts, sorted by country
	// then currency.
	Money []MoneyTotal `json:"money"`
	// EUR is the converted money total by country, largest first.
	EUR []EURTotal `json:"eur"`
	// Entries counts the ledger entries summed.
	Entries int `json:"entries"`
}

// TroopTotal is the number of troops committed by one country.
type TroopTotal struct {
	Country string `json:"country"`
	Troops  int64  `json:"troops"`
	Entries int    `json:"entries"`
}

// MoneyTotal is the money committed by one country in one currency.
type MoneyTotal struct {
	Country  string  `json:"country"`
	Currency string  `json:"currency"`
	Amount   float64 `json:"amount"`
	// EUR is Amount converted entry by entry at the rate of each entry's
	// first report date; Converted is false when the rate table does not
	// know the currency (EUR is then 0).
	EUR       float64 `json:"eur"`
	Converted bool    `json:"converted"`
	Entries   int     `json:"entries"`
}

// EURTotal is one country's money in EUR.
type EURTotal struct {
	Country string  `json:"country"`
	EUR     float64 `json:"eur"`
	// Unconverted lists currencies left out for want of a rate.
	Unconverted []string `json:"unconverted,omitempty"`
}

// Totals sums troops and money over the ledger of q, so a commitment
// reported by several articles counts once. Unless q.Status names a status,
// only pledged and delivered commitments count (considering and declined
// are not commitments of resources). q.Cursor and q.Limit are ignored.
//
// When the ledger kept on write answers q (see Ledger), Totals sums its
// aggregate records (a few per actor, currency and day) instead of the
// entries. Results are cached while the store is unchanged.
func (s *Store) Totals(ctx context.Context, q LedgerQuery) (Totals, error) {
	q.Cursor, q.Limit = "", 0
	p, err := planLedger(q)
	if err != nil {
		return Totals{}, err
	}
	key := "totals\x00" + ledgerCacheKey(q)
	if s.useKept(q) {
		var t Totals
		err := s.view(ctx, func(tx *bolt.Tx) error {
			txid := tx.ID()
			if v, ok := s.ledgers.get(key, txid); ok {
				t = v.(Totals)
				return nil
			}
			var sum totaler
			if err := s.sumKept(tx, q, keptFilter(p), &sum); err != nil {
				return err
			}
			t = sum.totals()
			s.ledgers.put(key, txid, t, totalsSize(t))
			return nil
		})
		// The cached slices are shared: give the caller its own.
		t.Troops, t.Money, t.EUR = slices.Clone(t.Troops), slices.Clone(t.Money), slices.Clone(t.EUR)
		return t, err
	}
	entries, err := s.computeLedger(ctx, q, p)
	if err != nil {
		return Totals{}, err
	}
	var sum totaler
	for i := range entries {
		e := &entries[i]
		if q.Status == "" && !countsByDefault(e.Status) {
			continue
		}
		switch {
		case e.Kind == news.KindTroops && e.Troops != nil:
			sum.add(s.rates, e.Actor, e.Kind, "", time.Time{}, aggregate{Troops: *e.Troops, Entries: 1})
		case e.Kind == news.KindMoney && e.Amount != nil:
			sum.add(s.rates, e.Actor, e.Kind, e.Currency, e.First, aggregate{Amount: *e.Amount, Entries: 1})
		}
	}
	return sum.totals(), nil
}

// sumKept adds the totals records that q selects to sum: per status,
// kind, actor and currency, the year records, or where the exchange rate
// changes within a year the month records, or within a month the day
// records.
func (s *Store) sumKept(tx *bolt.Tx, q LedgerQuery, f groupFilter, sum *totaler) error {
	var walk func(prefix []byte, gran byte) error
	walk = func(prefix []byte, gran byte) error {
		c := tx.Bucket(bTotals).Cursor()
		for k, v := c.Seek(prefix); k != nil && bytes.HasPrefix(k, prefix); k, v = c.Next() {
			parts := bytes.SplitN(k[1:], []byte{0}, 5)
			if len(parts) != 5 {
				return fmt.Errorf("store: corrupt totals key %q", k)
			}
			status, kind, actor, cur, period := string(parts[0]), news.Kind(parts[1]), string(parts[2]), string(parts[3]), string(parts[4])
			if !f.matches(actor, string(kind), status, cur) || (q.Status == "" && !countsByDefault(news.Status(status))) {
				continue
			}
			if kind != news.KindMoney {
				a, err := decodeAggregate(v)
				if err != nil {
					return err
				}
				sum.add(s.rates, actor, kind, cur, time.Time{}, a)
				continue
			}
			from, to, err := periodSpan(gran, period)
			if err != nil {
				return fmt.Errorf("store: corrupt totals key %q: %w", k, err)
			}
			if gran != granDay && !s.rates.constant(cur, from, to) {
				finer := byte(granMonth)
				if gran == granMonth {
					finer = granDay
				}
				if err := walk(append([]byte{finer}, k[1:]...), finer); err != nil {
					return err
				}
				continue
			}
			a, err := decodeAggregate(v)
			if err != nil {
				return err
			}
			sum.add(s.rates, actor, kind, cur, from, a)
		}
		return nil
	}
	return walk([]byte{granYear}, granYear)
}

// periodSpan returns the time range of a totals record's period.
func periodSpan(gran byte, period string) (from, to time.Time, err error) {
	switch gran {
	case granYear:
		from, err = time.Parse("2006", period)
		return from, from.AddDate(1, 0, 0), err
	case granMonth:
		from, err = time.Parse("200601", period)
		return from, from.AddDate(0, 1, 0), err
	}
	from, err = time.Parse("20060102", period)
	return from, from.AddDate(0, 0, 1), err
}

func countsByDefault(st news.Status) bool {
	return st == news.StatusPledged || st == news.StatusDelivered
}

// groupFilter is the part of a query that every report of a ledger entry
// shares.
type groupFilter struct{ actor, kind, status, currency string }

func keptFilter(p *plan) groupFilter {
	var f groupFilter
	for _, e := range p.eq {
		switch string(e.bucket) {
		case string(bActor):
			f.actor = e.value
		case string(bKind):
			f.kind = e.value
		case string(bStatus):
			f.status = e.value
		case string(bCurrency):
			f.currency = e.value
		}
	}
	return f
}

func (f groupFilter) matches(actor, kind, status, currency string) bool {
	return (f.actor == "" || f.actor == actor) && (f.kind == "" || f.kind == kind) &&
		(f.status == "" || f.status == status) && (f.currency == "" || f.currency == currency)
}

// totaler accumulates Totals.
type totaler struct {
	t      Totals
	troops map[string]*TroopTotal
	money  map[[2]string]*MoneyTotal
	eur    map[string]*EURTotal
}

// add counts a (one entry or an aggregate of entries) of actor and kind;
// money in currency cur is converted at the rate of date.
func (s *totaler) add(rates *RateTable, actor string, kind news.Kind, cur string, date time.Time, a aggregate) {
	if s.troops == nil {
		s.troops, s.money, s.eur = map[string]*TroopTotal{}, map[[2]string]*MoneyTotal{}, map[string]*EURTotal{}
	}
	switch kind {
	case news.KindTroops:
		tt := s.troops[actor]
		if tt == nil {
			tt = &TroopTotal{Country: actor}
			s.troops[actor] = tt
		}
		tt.Troops += a.Troops
		tt.Entries += int(a.Entries)
	case news.KindMoney:
		k := [2]string{actor, cur}
		mt := s.money[k]
		if mt == nil {
			mt = &MoneyTotal{Country: actor, Currency: cur, Converted: true}
			s.money[k] = mt
		}
		mt.Amount += a.Amount
		mt.Entries += int(a.Entries)
		et := s.eur[actor]
		if et == nil {
			et = &EURTotal{Country: actor}
			s.eur[actor] = et
		}
		if v, _, ok := rates.ToEUR(a.Amount, cur, date); ok {
			mt.EUR += v
			et.EUR += v
		} else {
			mt.Converted = false
			if cur == "" {
				cur = "(none)"
			}
			if !containsString(et.Unconverted, cur) {
				et.Unconverted = append(et.Unconverted, cur)
			}
		}
	default:
		return
	}
	s.t.Entries += int(a.Entries)
}

// totals returns the sums, sorted.
func (s *totaler) totals() Totals {
	t := s.t
	for _, v := range s.troops {
		t.Troops = append(t.Troops, *v)
	}
	sort.Slice(t.Troops, func(i, j int) bool {
		if t.Troops[i].Troops != t.Troops[j].Troops {
			return t.Troops[i].Troops > t.Troops[j].Troops
		}
		return t.Troops[i].Country < t.Troops[j].Country
	})
	for _, v := range s.money {
		if !v.Converted {
			v.EUR = 0
		}
		t.Money = append(t.Money, *v)
	}
	sort.Slice(t.Money, func(i, j int) bool {
		if t.Money[i].Country != t.Money[j].Country {
			return t.Money[i].Country < t.Money[j].Country
		}
		return t.Money[i].Currency < t.Money[j].Currency
	})
	for _, v := range s.eur {
		sort.Strings(v.Unconverted)
		t.EUR = append(t.EUR, *v)
	}
	sort.Slice(t.EUR, func(i, j int) bool {
		if t.EUR[i].EUR != t.EUR[j].EUR {
			return t.EUR[i].EUR > t.EUR[j].EUR
		}
		return t.EUR[i].Country < t.EUR[j].Country
	})
	return t
}

// totalsSize estimates the memory t holds, for the cache's budget.
func totalsSize(t Totals) int {
	return 128 + 64*len(t.Troops) + 96*len(t.Money) + 96*len(t.EUR)
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
