package store

import (
	"context"

	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// DefaultWindow is the ledger's default time window.
const DefaultWindow = 30 * 24 * time.Hour

// LedgerQuery selects the commitments a ledger or totals are computed
// over. Query's filters apply as in Commitments (rejected commitments are
// left out unless Query.Review asks for them); Query.Cursor and Query.Limit
// must be empty: a ledger is computed in full.
type LedgerQuery struct {
	Query
	// Window: reports of the same commitment whose dates lie within Window
	// of the entry's first report are one entry. Default DefaultWindow.
	Window time.Duration
}

// LedgerSource is one report of a ledger entry.
type LedgerSource struct {
	CommitmentID string           `json:"commitment_id"`
	ArticleID    string           `json:"article_id"`
	URL          string           `json:"url,omitempty"`
	Source       string           `json:"source,omitempty"`
	Date         time.Time        `json:"date"`
	Evidence     string           `json:"evidence"`
	Confidence   float64          `json:"confidence"`
	Review       news.ReviewState `json:"review,omitempty"`
}

// LedgerEntry is one commitment as reported by one or more articles: the
// effective values shared by its reports, and the reports, oldest first.
type LedgerEntry struct {
	// ID is the commitment id of the first report.
	ID        string         `json:"id"`
	Actor     string         `json:"actor"`
	Kind      news.Kind      `json:"kind"`
	Status    news.Status    `json:"status"`
	Troops    *int64         `json:"troops"`
	Amount    *float64       `json:"amount"`
	Currency  string         `json:"currency"`
	Item      string         `json:"item"`
	Count     *int64         `json:"count"`
	Recipient string         `json:"recipient"`
	First     time.Time      `json:"first"`
	Last      time.Time      `json:"last"`
	Sources   []LedgerSource `json:"sources"`
}

// Ledger returns the ledger entries of the matching commitments, most
// recently reported first.
func (s *Store) Ledger(ctx context.Context, q LedgerQuery) ([]LedgerEntry, error) {
	if q.Cursor != "" {
		return nil, invalidf("cursor", "not supported by the ledger")
	}
	if q.Limit != 0 {
		return nil, invalidf("limit", "not supported by the ledger")
	}
	if q.Window < 0 {
		return nil, invalidf("window", "negative")
	}
	if q.Window == 0 {
		q.Window = DefaultWindow
	}
	p, err := planQuery(q.Query)
	if err != nil {
		return nil, err
	}
	type member struct {
		c    news.Commitment
		date time.Time
		src  string
	}
	groups := map[string][]member{}
	key := ledgerCacheKey(q)
	var txid int
	var cached []LedgerEntry
	err = s.view(ctx, func(tx *bolt.Tx) error {
		clear(groups)
		txid = tx.ID()
		if cached = s.ledgers.get(key, txid); cached != nil {
			return nil
		}
		return p.scan(ctx, tx, func(r *commitRec, _ []byte) (bool, error) {
			c := r.effective()
			k := ledgerKey(&c)
			groups[k] = append(groups[k], member{c, r.Date, r.Source})
			return true, nil
		})
	})
	if err != nil {
		return nil, err
	}
	if cached != nil {
		return copyLedger(cached), nil
	}
	out := []LedgerEntry{}
	for _, ms := range groups {
		sort.Slice(ms, func(i, j int) bool {
			if !ms[i].date.Equal(ms[j].date) {
				return ms[i].date.Before(ms[j].date)
			}
			return ms[i].c.ID < ms[j].c.ID
		})
		var e *LedgerEntry
		for _, m := range ms {
			if e == nil || m.date.Sub(e.First) > q.Window {
				out = append(out, LedgerEntry{ID: m.c.ID, Actor: m.c.Actor, Kind: m.c.Kind, Status: m.c.Status,
					Troops: m.c.Troops, Amount: m.c.Amount, Currency: m.c.Currency, Item: m.c.Item, Count: m.c.Count,
					Recipient: m.c.Recipient, First: m.date})
				e = &out[len(out)-1]
			}
			e.Last = m.date
			e.Sources = append(e.Sources, LedgerSource{CommitmentID: m.c.ID, ArticleID: m.c.ArticleID, URL: m.c.URL,
				Source: m.src, Date: m.date, Evidence: m.c.Evidence, Confidence: m.c.Confidence, Review: m.c.Review})
		}
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].Last.Equal(out[j].Last) {
			return out[i].Last.After(out[j].Last)
		}
		return out[i].ID < out[j].ID
	})
	s.ledgers.put(key, txid, out)
	return copyLedger(out), nil
}

// ledgerCache keeps recent ledgers by query, each valid for the database
// state it was computed on (bbolt's transaction id changes with every
// committed write), so repeated summary pages and totals on an unchanged
// ledger decode nothing.
type ledgerCache struct {
	mu      sync.Mutex
	entries map[string]cachedLedger
}

type cachedLedger struct {
	txid    int
	entries []LedgerEntry
}

// maxCachedLedgers bounds the cache; it is emptied when full.
const maxCachedLedgers = 32

func (c *ledgerCache) get(key string, txid int) []LedgerEntry {
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.entries[key]; ok && e.txid == txid {
		return e.entries
	}
	return nil
}

func (c *ledgerCache) put(key string, txid int, entries []LedgerEntry) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.entries == nil || len(c.entries) >= maxCachedLedgers {
		c.entries = map[string]cachedLedger{}
	}
	c.entries[key] = cachedLedger{txid: txid, entries: entries}
}

// copyLedger copies entries and their source lists, so callers may modify
// what they get without touching the cache.
func copyLedger(entries []LedgerEntry) []LedgerEntry {
	out := make([]LedgerEntry, len(entries))
	for i, e := range entries {
		e.Sources = append([]LedgerSource(nil), e.Sources...)
		out[i] = e
	}
	return out
}

// ledgerCacheKey renders every field of q that selects commitments.
func ledgerCacheKey(q LedgerQuery) string {
	f := func(p *float64) string {
		if p == nil {
			return "-"
		}
		return strconv.FormatFloat(*p, 'g', -1, 64)
	}
	return strings.Join([]string{q.Country, q.Kind, q.Status, q.Review, q.Source, q.Currency, q.Text,
		q.Since.Format(time.RFC3339Nano), q.Until.Format(time.RFC3339Nano),
		f(q.MinAmount), f(q.MaxAmount), q.Window.String()}, "\x00")
}

// ledgerKey identifies "the same commitment": actor, kind, status and
// value (troops; amount and currency; item and count).
func ledgerKey(c *news.Commitment) string {
	var b strings.Builder
	for _, f := range []string{c.Actor, string(c.Kind), string(c.Status), ptrInt(c.Troops), ptrFloat(c.Amount), c.Currency,
		strings.ToLower(strings.TrimSpace(c.Item)), ptrInt(c.Count)} {
		b.WriteString(f)
		b.WriteByte(0)
	}
	return b.String()
}

func ptrInt(p *int64) string {
	if p == nil {
		return "-"
	}
	return strconv.FormatInt(*p, 10)
}

func ptrFloat(p *float64) string {
	if p == nil {
		return "-"
	}
	return strconv.FormatFloat(*p, 'g', -1, 64)
}

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
// are not commitments of resources).
func (s *Store) Totals(ctx context.Context, q LedgerQuery) (Totals, error) {
	entries, err := s.Ledger(ctx, q)
	if err != nil {
		return Totals{}, err
	}
	var t Totals
	troops := map[string]*TroopTotal{}
	money := map[[2]string]*MoneyTotal{}
	eur := map[string]*EURTotal{}
	for _, e := range entries {
		if q.Status == "" && e.Status != news.StatusPledged && e.Status != news.StatusDelivered {
			continue
		}
		switch {
		case e.Kind == news.KindTroops && e.Troops != nil:
			tt := troops[e.Actor]
			if tt == nil {
				tt = &TroopTotal{Country: e.Actor}
				troops[e.Actor] = tt
			}
			tt.Troops += *e.Troops
			tt.Entries++
		case e.Kind == news.KindMoney && e.Amount != nil:
			k := [2]string{e.Actor, e.Currency}
			mt := money[k]
			if mt == nil {
				mt = &MoneyTotal{Country: e.Actor, Currency: e.Currency, Converted: true}
				money[k] = mt
			}
			mt.Amount += *e.Amount
			mt.Entries++
			et := eur[e.Actor]
			if et == nil {
				et = &EURTotal{Country: e.Actor}
				eur[e.Actor] = et
			}
			if v, _, ok := s.rates.ToEUR(*e.Amount, e.Currency, e.First); ok {
				mt.EUR += v
				et.EUR += v
			} else {
				mt.Converted = false
				cur := e.Currency
				if cur == "" {
					cur = "(none)"
				}
				if !containsString(et.Unconverted, cur) {
					et.Unconverted = append(et.Unconverted, cur)
				}
			}
		default:
			continue
		}
		t.Entries++
	}
	for _, v := range troops {
		t.Troops = append(t.Troops, *v)
	}
	sort.Slice(t.Troops, func(i, j int) bool {
		if t.Troops[i].Troops != t.Troops[j].Troops {
			return t.Troops[i].Troops > t.Troops[j].Troops
		}
		return t.Troops[i].Country < t.Troops[j].Country
	})
	for _, v := range money {
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
	for _, v := range eur {
		sort.Strings(v.Unconverted)
		t.EUR = append(t.EUR, *v)
	}
	sort.Slice(t.EUR, func(i, j int) bool {
		if t.EUR[i].EUR != t.EUR[j].EUR {
			return t.EUR[i].EUR > t.EUR[j].EUR
		}
		return t.EUR[i].Country < t.EUR[j].Country
	})
	return t, nil
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// Rates returns the rate table Totals converts with.
func (s *Store) Rates() *RateTable { return s.rates }
