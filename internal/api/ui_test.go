package api

import (
	"html"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// browser is an HTTP client with cookies that does not follow redirects.
type browser struct {
	t  *testing.T
	f  *fixture
	hc *http.Client
}

func newBrowser(t *testing.T, f *fixture) *browser {
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	return &browser{t: t, f: f, hc: &http.Client{Jar: jar,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}}
}

func (b *browser) get(path string) string {
	b.t.Helper()
	resp, err := b.hc.Get(b.f.srv.URL + path)
	if err != nil {
		b.t.Fatal(err)
	}
	defer resp.Body.Close()
	var sb strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		sb.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return sb.String()
}

func (b *browser) post(path, form string) (*http.Response, string) {
	b.t.Helper()
	resp, err := b.hc.Post(b.f.srv.URL+path, "application/x-www-form-urlencoded", strings.NewReader(form))
	if err != nil {
		b.t.Fatal(err)
	}
	defer resp.Body.Close()
	var sb strings.Builder
	buf := make([]byte, 32<<10)
	for {
		n, err := resp.Body.Read(buf)
		sb.Write(buf[:n])
		if err != nil {
			break
		}
	}
	return resp, sb.String()
}

var csrfRE = regexp.MustCompile(`name="csrf" value="([0-9a-f]+)"`)

func csrfFrom(t *testing.T, page string) string {
	t.Helper()
	m := csrfRE.FindStringSubmatch(page)
	if m == nil {
		t.Fatalf("no csrf token in page: %.300s", page)
	}
	return m[1]
}

func TestReviewPage(t *testing.T) {
	f := newFixture(t, Config{ReviewThreshold: 0.6})
	b := newBrowser(t, f)
	page := b.get("/review")
	for _, want := range []string{
		"<strong>3</strong> of 3 left",
		`<progress max="3" value="0"`,
		`<h2 class="headline"><a href="/articles/`,
		">UK pledges troops</a></h2>",
		`<p class="around before">The United Kingdom will send 5,000 troops to Estonia.</p>`,
		`<dd class="rule">frame.active</dd>`,
		`class="skip button" href="/review?skip=` + f.ids["deTanks"] + `&amp;start=3#c-`,
		`id="c-` + f.ids["deTanks"] + `"`,
		`<mark class="actor" title="actor DE">Germany</mark>`,
		`<mark class="qty" title="40 × Leopard 2 tanks">40</mark>`,
		`<mark class="actor" title="actor GB">Britain</mark>`,
		`<mark class="qty" title="1.6 billion GBP">£1.6bn</mark>`,
		"&lt;script&gt;alert(&#39;pw&#39;)&lt;/script&gt;",
		"Tanks &lt;b&gt;for&lt;/b&gt; Ukraine",
		`<script src="/static/app.js" defer></script>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("review page lacks %q", want)
		}
	}
	if strings.Contains(page, "<script>alert") || strings.Contains(page, "<b>for") {
		t.Error("article text is not escaped")
	}
	// deTanks (0.3) comes before frTroops (0.5) and ukMoney (0.4 after deTanks).
	if i, j := strings.Index(page, f.ids["deTanks"]), strings.Index(page, f.ids["frTroops"]); i < 0 || j < 0 || i > j {
		t.Error("queue not ordered by confidence")
	}

	csrf := csrfFrom(t, page)
	t.Run("post without csrf", func(t *testing.T) {
		resp, _ := b.post("/review/"+f.ids["deTanks"]+"/accept", "")
		if resp.StatusCode != http.StatusForbidden || f.review(t, f.ids["deTanks"]) != news.ReviewPending {
			t.Errorf("status %d", resp.StatusCode)
		}
	})
	t.Run("csrf from another browser", func(t *testing.T) {
		other := newBrowser(t, f)
		other.get("/review")
		resp, _ := other.post("/review/"+f.ids["deTanks"]+"/accept", values("csrf", csrf))
		if resp.StatusCode != http.StatusForbidden {
			t.Errorf("status %d", resp.StatusCode)
		}
	})
	t.Run("accept", func(t *testing.T) {
		resp, _ := b.post("/review/"+f.ids["deTanks"]+"/accept", values("csrf", csrf, "next", f.ids["ukMoney"]))
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/review?last="+f.ids["deTanks"]+"#c-"+f.ids["ukMoney"] {
			t.Fatalf("status %d location %q", resp.StatusCode, resp.Header.Get("Location"))
		}
		if got := f.review(t, f.ids["deTanks"]); got != news.ReviewAccepted {
			t.Errorf("review = %q", got)
		}
		page := b.get("/review?start=3&last=" + f.ids["deTanks"])
		for _, want := range []string{"<strong>2</strong> of 3 left", `<progress max="3" value="1"`, `data-action="accept"`, "Accepted:",
			`action="/review/` + f.ids["deTanks"] + `/undo"`} {
			if !strings.Contains(page, want) {
				t.Errorf("page after accept lacks %q", want)
			}
		}
	})
	t.Run("undo", func(t *testing.T) {
		resp, _ := b.post("/review/"+f.ids["deTanks"]+"/undo", values("csrf", csrf, "start", "3", "skip", f.ids["deTanks"]))
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/review?last="+f.ids["deTanks"]+"&start=3#c-"+f.ids["deTanks"] {
			t.Fatalf("status %d location %q", resp.StatusCode, resp.Header.Get("Location"))
		}
		if got := f.review(t, f.ids["deTanks"]); got != news.ReviewPending {
			t.Errorf("after undo: %q, want pending", got)
		}
		page := b.get("/review?start=3&last=" + f.ids["deTanks"])
		if !strings.Contains(page, "<strong>3</strong> of 3 left") || !strings.Contains(page, `data-action="undo"`) || strings.Contains(page, "/undo\"") {
			t.Errorf("page after undo: no progress back to 3, no undo note, or an undo of the undo")
		}
		resp, _ = b.post("/review/"+f.ids["deTanks"]+"/undo", values("csrf", csrf))
		if resp.StatusCode != http.StatusBadRequest {
			t.Errorf("second undo: %d, want 400", resp.StatusCode)
		}
		if _, err := f.st.Accept(t.Context(), f.ids["deTanks"], uiWho, ""); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("skip puts the card last", func(t *testing.T) {
		page := b.get("/review?skip=" + f.ids["ukMoney"] + ",not-an-id")
		i, j := strings.Index(page, `id="c-`+f.ids["ukMoney"]+`"`), strings.Index(page, `id="c-`+f.ids["frTroops"]+`"`)
		if i < 0 || j < 0 || i < j || !strings.Contains(page, "card skipped") {
			t.Errorf("skipped card not after the others (%d, %d)", i, j)
		}
	})
	t.Run("redirect target is not user controlled", func(t *testing.T) {
		resp, _ := b.post("/review/"+f.ids["frTroops"]+"/reject", values("csrf", csrf, "next", "//evil.example/"))
		if resp.Header.Get("Location") != "/review?last="+f.ids["frTroops"] {
			t.Errorf("location %q", resp.Header.Get("Location"))
		}
	})
	t.Run("edit and correct", func(t *testing.T) {
		edit := b.get("/review/" + f.ids["ukMoney"] + "/edit")
		if !strings.Contains(edit, `name="amount" value="1.6 billion"`) {
			t.Fatalf("edit form does not show the amount for reading: %s", edit)
		}
		bad := []struct{ field, value, want string }{
			{"amount", "oops", "1.2 billion"},
			{"amount", "€1.5bn", "says EUR but the currency field says USD"},
			{"troops", "2.5", "not a whole number"},
			{"actor", "Narnia", "not an ISO 3166-1 alpha-2 code"},
		}
		for _, tc := range bad {
			form := url.Values{"csrf": {csrf}, "actor": {"GB"}, "kind": {"money"}, "amount": {"1.6 billion"}, "currency": {"GBP"}, "status": {"pledged"}}
			form.Set(tc.field, tc.value)
			if tc.value == "€1.5bn" {
				form.Set("currency", "USD")
			}
			resp, body := b.post("/review/"+f.ids["ukMoney"]+"/correct", form.Encode())
			if resp.StatusCode != 400 || !strings.Contains(body, `<span class="field-error" id="err-`+tc.field+`">`) ||
				!strings.Contains(body, tc.want) || strings.Contains(body, "api:") || strings.Contains(body, "store:") {
				t.Errorf("%s=%q: %d, want a message %q beside the field", tc.field, tc.value, resp.StatusCode, tc.want)
			}
			if !strings.Contains(body, `name="`+tc.field+`" value="`+html.EscapeString(tc.value)+`"`) {
				t.Errorf("%s=%q: the form lost what was typed", tc.field, tc.value)
			}
		}
		if f.review(t, f.ids["ukMoney"]) != news.ReviewPending {
			t.Error("a bad form changed the commitment")
		}
		resp, _ := b.post("/review/"+f.ids["ukMoney"]+"/correct", values("csrf", csrf, "actor", "GB", "kind", "money",
			"amount", "£1.5bn", "currency", "GBP", "status", "delivered", "note", "per MoD"))
		if resp.StatusCode != http.StatusSeeOther {
			t.Fatalf("correct: %d", resp.StatusCode)
		}
		rec, err := f.st.Commitment(t.Context(), f.ids["ukMoney"])
		if err != nil {
			t.Fatal(err)
		}
		c := rec.Commitment
		if c.Review != news.ReviewCorrected || *c.Amount != 1.5e9 || c.Status != news.StatusDelivered {
			t.Errorf("after correct: %+v", c)
		}
		last := rec.History[len(rec.History)-1]
		if last.Correction == nil || last.Correction.Actor != nil || last.Correction.Kind != nil || last.Who != uiWho || last.Note != "per MoD" {
			t.Errorf("correction should hold only changed fields: %+v", last)
		}
	})
}

func TestPages(t *testing.T) {
	f := newFixture(t, Config{})
	b := newBrowser(t, f)
	tests := []struct {
		name, path string
		want       []string
		status     int
	}{
		{"commitments", "/commitments?country=GB", []string{"United Kingdom (GB)", "5000 troops",
			`href="/api/v1/export?country=GB&amp;format=csv"`, `value="GB"`}, 200},
		{"commitments bad filter", "/commitments?since=nope", []string{`role="alert"`, "since"}, 400},
		{"commitments escapes filters", "/commitments?q=%3Cscript%3E", []string{`value="&lt;script&gt;"`}, 200},
		{"summary", "/summary", []string{"<svg", `class="bar troops"`, "United Kingdom (GB)", "5,000", "GBP"}, 200},
		{"article", "/articles/" + f.arts["de"], []string{`<mark class="ext kind-equipment" id="c-` + f.ids["deTanks"] + `"`,
			"&lt;script&gt;alert("}, 200},
		{"article missing", "/articles/0000", []string{"not found"}, 404},
		{"root", "/", nil, 303},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp, body := f.get(t, tc.path)
			if resp.StatusCode != tc.status {
				t.Fatalf("status %d, want %d", resp.StatusCode, tc.status)
			}
			if resp.Header.Get("Content-Security-Policy") == "" {
				t.Error("no CSP")
			}
			for _, w := range tc.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			if strings.Contains(body, "<script>") {
				t.Error("unescaped <script>")
			}
		})
	}
	_ = b
}
