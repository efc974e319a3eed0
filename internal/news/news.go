// Package news holds the domain types shared by every part of pledgewatch:
// articles, commitments and the messages that carry them between stages.
//
// It is a leaf package: it imports only the standard library, and every
// other package may import it. The JSON field names of Commitment are those
// of the evaluation format (shared/eval/README.md), so a commitment printed
// as JSON Lines can be scored directly.
package news

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Article is one crawled news page after main-text extraction.
type Article struct {
	// ID is ArticleID(URL): stable across crawls of the same page.
	ID string `json:"id"`
	// URL is the canonical URL of the article.
	URL string `json:"url"`
	// Source is the name of the configured source that found it.
	Source string `json:"source"`
	Title  string `json:"title"`
	// Text is the main text of the article, UTF-8, paragraphs separated by
	// newlines. Commitment offsets index into it.
	Text string `json:"text"`
	// Published is the publication time if the page states one, else zero.
	Published time.Time `json:"published,omitzero"`
	// Language is a BCP 47 tag ("en") if detected, else empty.
	Language  string    `json:"language,omitempty"`
	FetchedAt time.Time `json:"fetched_at,omitzero"`
	// ContentHash is ContentHash(Title, Text): it changes when the article does.
	ContentHash string `json:"content_hash"`
	// Run is the id of the shared crawl run (crawler role) that fetched
	// the article, on the articles stream; empty otherwise, and never
	// stored (it moves to Extraction.Run).
	Run string `json:"run,omitempty"`
}

// Kind is what a commitment promises.
type Kind string

// The kinds of commitment.
const (
	KindTroops    Kind = "troops"
	KindMoney     Kind = "money"
	KindEquipment Kind = "equipment"
	KindSupport   Kind = "support"
)

// Kinds lists every valid Kind in a stable order.
func Kinds() []Kind { return []Kind{KindTroops, KindMoney, KindEquipment, KindSupport} }

// Valid reports whether k is one of the defined kinds.
func (k Kind) Valid() bool {
	switch k {
	case KindTroops, KindMoney, KindEquipment, KindSupport:
		return true
	}
	return false
}

// Status is how far a commitment has gone.
type Status string

// The statuses of a commitment.
const (
	StatusPledged     Status = "pledged"
	StatusDelivered   Status = "delivered"
	StatusConsidering Status = "considering"
	StatusDeclined    Status = "declined"
)

// Statuses lists every valid Status in a stable order.
func Statuses() []Status {
	return []Status{StatusPledged, StatusDelivered, StatusConsidering, StatusDeclined}
}

// Valid reports whether s is one of the defined statuses.
func (s Status) Valid() bool {
	switch s {
	case StatusPledged, StatusDelivered, StatusConsidering, StatusDeclined:
		return true
	}
	return false
}

// Commitment is one pledge found in an article's text.
//
// Nullable numbers are pointers: nil means the text gives no number.
// Start and End are byte offsets into the article text with
// Evidence == text[Start:End].
type Commitment struct {
	// ID is CommitmentID(ArticleID, c); empty until the commitment is
	// attached to an article.
	ID        string `json:"id,omitempty"`
	ArticleID string `json:"article_id,omitempty"`
	// Doc is the document id when extracting from files (file name without
	// extension); empty in the store.
	Doc string `json:"doc,omitempty"`
	// Actor is an ISO 3166-1 alpha-2 code, "EU", "NATO", or "group:<name>"
	// for a collective that is not one of these.
	Actor    string   `json:"actor"`
	Kind     Kind     `json:"kind"`
	Troops   *int64   `json:"troops"`
	Amount   *float64 `json:"amount"`
	Currency string   `json:"currency"`
	Item     string   `json:"item"`
	Count    *int64   `json:"count"`
	// Qualifier notes how the number was stated: "up to", "about",
	// "more than", "at least", "between" … or empty for an exact value.
	Qualifier string `json:"qualifier,omitempty"`
	Status    Status `json:"status"`
	// Recipient is the ISO alpha-2 code of the recipient, or empty.
	Recipient  string   `json:"recipient"`
	Evidence   string   `json:"evidence"`
	Start      int      `json:"start"`
	End        int      `json:"end"`
	Confidence float64  `json:"confidence"`
	Rules      []string `json:"rules,omitempty"`
	// ActorSpan and ValueSpan are the byte offsets [start, end) in the
	// text of the actor mention and of the quantity the rules read, when
	// known (nil otherwise); both lie inside [Start, End).
	ActorSpan *[2]int `json:"actor_span,omitempty"`
	ValueSpan *[2]int `json:"value_span,omitempty"`
	// URL and Published are copied from the article when read from the store.
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published,omitzero"`
	// Review is the commitment's review state when read from the store;
	// empty (ReviewNone) otherwise.
	Review ReviewState `json:"review,omitempty"`
}

// Extraction is the extractor's result for one article: the message that
// travels from extractor workers to the store writer.
type Extraction struct {
	Article     Article      `json:"article"`
	Commitments []Commitment `json:"commitments"`
	// Extractor identifies the rule set that produced Commitments.
	Extractor   string    `json:"extractor"`
	ExtractedAt time.Time `json:"extracted_at"`
	// CommitmentsCut counts the commitments found beyond the per-article
	// limit and left out of Commitments.
	CommitmentsCut int `json:"commitments_cut,omitempty"`
	// Run is the id of the shared crawl run that fetched the article
	// (Article.Run), so the store writer counts it in that run; empty
	// otherwise.
	Run string `json:"run,omitempty"`
}

// ArticleID returns the stable id of the article at canonicalURL: the first
// 16 bytes of its SHA-256, hex-encoded.
func ArticleID(canonicalURL string) string {
	sum := sha256.Sum256([]byte(canonicalURL))
	return hex.EncodeToString(sum[:16])
}

// ContentHash returns a digest of an article's title and text.
func ContentHash(title, text string) string {
	h := sha256.New()
	h.Write([]byte(title))
	h.Write([]byte{0})
	h.Write([]byte(text))
	return hex.EncodeToString(h.Sum(nil)[:16])
}

// CommitmentID returns the stable id of c within the article articleID:
// a hash of the article id, actor, kind, value and evidence span. The same
// rules over the same text give the same id, so writes are idempotent.
func CommitmentID(articleID string, c Commitment) string {
	var b strings.Builder
	b.WriteString(articleID)
	for _, s := range []string{c.Actor, string(c.Kind), ptrInt(c.Troops), ptrFloat(c.Amount), c.Currency, c.Item, ptrInt(c.Count),
		strconv.Itoa(c.Start), strconv.Itoa(c.End)} {
		b.WriteByte(0)
		b.WriteString(s)
	}
	sum := sha256.Sum256([]byte(b.String()))
	return hex.EncodeToString(sum[:16])
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

// Number is the number the commitment states: troops, amount or count, in
// that order; -1 when it states none.
func (c Commitment) Number() float64 {
	switch {
	case c.Troops != nil:
		return float64(*c.Troops)
	case c.Amount != nil:
		return *c.Amount
	case c.Count != nil:
		return float64(*c.Count)
	}
	return -1
}

// Value returns a short human-readable rendering of the commitment's
// quantity: "5000 troops", "1.6e+09 GBP", "40 × Leopard 2 tanks", or the item.
func (c Commitment) Value() string {
	switch c.Kind {
	case KindTroops:
		if c.Troops != nil {
			return fmt.Sprintf("%d troops", *c.Troops)
		}
		return "troops"
	case KindMoney:
		if c.Amount != nil {
			return strings.TrimSpace(FormatAmount(*c.Amount) + " " + c.Currency)
		}
		return strings.TrimSpace("money " + c.Currency)
	}
	if c.Count != nil {
		return fmt.Sprintf("%d × %s", *c.Count, c.Item)
	}
	return c.Item
}

// FormatAmount renders an amount in whole units with a scale word:
// 1600000000 → "1.6 billion". It keeps twelve significant digits, so
// float noise (97.39999999999999 million) does not show.
func FormatAmount(v float64) string {
	noiseless := func(x float64) string {
		x, _ = strconv.ParseFloat(strconv.FormatFloat(x, 'g', 12, 64), 64)
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	for _, s := range []struct {
		div  float64
		name string
	}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}} {
		if v >= s.div || v <= -s.div {
			return noiseless(v/s.div) + " " + s.name
		}
	}
	return noiseless(v)
}

// Int64 returns a pointer to v, for the nullable fields of Commitment.
func Int64(v int64) *int64 { return &v }

// Float64 returns a pointer to v, for the nullable fields of Commitment.
func Float64(v float64) *float64 { return &v }

// ReviewState is where a commitment stands in human review.
type ReviewState string

// The review states. A commitment whose confidence is at or above the
// review threshold starts as ReviewNone; below it, as ReviewPending.
const (
	ReviewNone      ReviewState = ""
	ReviewPending   ReviewState = "pending"
	ReviewAccepted  ReviewState = "accepted"
	ReviewRejected  ReviewState = "rejected"
	ReviewCorrected ReviewState = "corrected"
)

// SuggestionRule reports whether rule id r marks a line the extractor only
// suggests: a recall-first fallback ("fallback.*": the committer is only
// implied) or a line a relaxed check kept ("review.*"). Such lines are
// right about half the time; they start in review.
func SuggestionRule(r string) bool {
	return strings.HasPrefix(r, "fallback.") || strings.HasPrefix(r, "review.")
}

// Suggested reports whether c is a suggestion (a SuggestionRule among its
// rules) still pending review. A pending suggestion stays out of the
// ledger, the totals and the default queries until a reviewer accepts or
// corrects it; the review queue shows it.
func (c *Commitment) Suggested() bool {
	return c.Review == ReviewPending && slices.ContainsFunc(c.Rules, SuggestionRule)
}

// Run is the record of one ingestion run of one or more sources.
type Run struct {
	ID       string    `json:"id"`
	Sources  []string  `json:"sources"`
	Started  time.Time `json:"started"`
	Finished time.Time `json:"finished,omitzero"`
	// Pages counts HTTP fetches (feeds, sitemaps, pages) that succeeded.
	Pages int `json:"pages"`
	// ArticlesNew counts articles published for extraction (new or changed).
	ArticlesNew int `json:"articles_new"`
	// ArticlesUnchanged counts articles skipped because they were stored before, unchanged.
	ArticlesUnchanged int `json:"articles_unchanged"`
	// ArticlesStored counts articles of this run written to the store.
	ArticlesStored int `json:"articles_stored"`
	Commitments    int `json:"commitments"`
	Errors         int `json:"errors"`
	// ErrorSamples holds the first few error messages.
	ErrorSamples []string `json:"error_samples,omitempty"`
	// Disallowed holds the first few URLs robots.txt kept the crawler from
	// fetching (seeds, feeds, sitemaps or pages).
	Disallowed []string `json:"disallowed,omitempty"`
	// PagesCut counts pages cut before parsing or whose main text was cut
	// (crawl.max_parse_bytes, crawl.max_text_bytes).
	PagesCut int `json:"pages_cut,omitempty"`
	// CommitmentsCut counts commitments left out of their article's
	// extraction by extractor.max_commitments_per_article.
	CommitmentsCut int `json:"commitments_cut,omitempty"`
	// CharsetErrors counts pages with bytes not valid in their character
	// set, replaced with U+FFFD.
	CharsetErrors int `json:"charset_errors,omitempty"`
	// URLsDropped counts URLs not fetched because a crawl limit was reached
	// (crawl.max_urls_per_source, crawl.max_sitemap_depth).
	URLsDropped int `json:"urls_dropped,omitempty"`
	// Notes holds the first few messages about cuts and limits reached.
	Notes []string `json:"notes,omitempty"`
	// Cancelled is set when the run was interrupted (shutdown, Ctrl-C)
	// before it finished; its totals are those reached until then.
	Cancelled bool `json:"cancelled,omitempty"`
	// Error is why the run stopped early, when it did.
	Error string `json:"error,omitempty"`
}

// MaxRunSamples bounds the sample lists of a Run (ErrorSamples,
// Disallowed, Notes).
const MaxRunSamples = 10

// AppendSamples appends more to list and returns it cut to MaxRunSamples
// entries: the first samples are kept.
func AppendSamples(list []string, more ...string) []string {
	for _, m := range more {
		if len(list) >= MaxRunSamples {
			break
		}
		list = append(list, m)
	}
	if len(list) > MaxRunSamples {
		list = list[:MaxRunSamples]
	}
	return list
}

// DeadLetter is a message the pipeline gave up on after repeated failures
// (or a permanent one), kept for inspection and redrive.
type DeadLetter struct {
	// Seq identifies it for a redrive.
	Seq uint64 `json:"seq"`
	// Stream is where it came from (PW_ARTICLES, PW_EXTRACTIONS).
	Stream     string    `json:"stream"`
	MsgID      string    `json:"msg_id,omitempty"`
	Reason     string    `json:"reason"`
	Deliveries int       `json:"deliveries"`
	Time       time.Time `json:"time"`
	// URL is the article's URL when the payload names one.
	URL string `json:"url,omitempty"`
	// Bytes is the payload size.
	Bytes int `json:"bytes"`
}
