package api

import (
	"net/http"
	"net/http/cookiejar"
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
		"<strong>3</strong> remaining",
		`id="c-` + f.ids["deTanks"] + `"`,
		`<mark class="actor" title="actor DE">Germany</mark>`,
		`<mark class="qty" title="40 × Leopard 2 tanks">40</mark>`,
		`<mark class="actor" title="actor GB">Britain</mark>`,
		`<mark class="qty" title="1.6 billion GBP">£1.6bn</mark>`,
		"&lt;script&gt;alert(&#39;pw&#39;)&lt;/script&gt;",
		"Tanks &lt;b&gt;for&lt;/b&gt; Ukraine",
		`<script src="/static/app.js" defer></script>`,
		`<dd class="rules">frame.active, kind.equipment</dd>`,
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
		if resp.StatusCode != http.StatusSeeOther || resp.Header.Get("Location") != "/review#c-"+f.ids["ukMoney"] {
			t.Fatalf("status %d location %q", resp.StatusCode, resp.Header.Get("Location"))
		}
		if got := f.review(t, f.ids["deTanks"]); got != news.ReviewAccepted {
			t.Errorf("review = %q", got)
		}
		if !strings.Contains(b.get("/review"), "<strong>2</strong> remaining") {
			t.Error("remaining count not updated")
		}
	})
	t.Run("redirect target is not user controlled", func(t *testing.T) {
		resp, _ := b.post("/review/"+f.ids["frTroops"]+"/reject", values("csrf", csrf, "next", "//evil.example/"))
		if resp.Header.Get("Location") != "/review" {
			t.Errorf("location %q", resp.Header.Get("Location"))
		}
	})
	t.Run("edit and correct", func(t *testing.T) {
		edit := b.get("/review/" + f.ids["ukMoney"] + "/edit")
		if !strings.Contains(edit, `name="amount" inputmode="decimal" value="1600000000"`) {
			t.Fatalf("edit form: %.500s", edit)
		}
		resp, body := b.post("/review/"+f.ids["ukMoney"]+"/correct", values("csrf", csrf, "actor", "GB", "kind", "money",
			"amount", "oops", "currency", "GBP", "status", "pledged"))
		if resp.StatusCode != 400 || !strings.Contains(body, "amount") {
			t.Errorf("bad amount: %d", resp.StatusCode)
		}
		resp, _ = b.post("/review/"+f.ids["ukMoney"]+"/correct", values("csrf", csrf, "actor", "GB", "kind", "money",
			"amount", "1,500,000,000", "currency", "GBP", "status", "delivered", "note", "per MoD"))
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
