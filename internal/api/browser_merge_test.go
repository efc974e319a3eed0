package api

import (
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestIntegrationBrowserMergeAndDrillDown drives, in Chromium, the merge of
// cards that look like the same commitment and its undo, the bulk reject of
// ticked cards, and the summary's drill-down from a bar to the reports
// behind it and its reviewed-only switch, at a laptop and a phone width.
func TestIntegrationBrowserMergeAndDrillDown(t *testing.T) {
	f := newFixture(t, Config{ReviewThreshold: 0.6})
	d1, d2 := addDuplicates(t, f)
	de := f.ids["deTanks"]
	ctx := newBrowserContext(t)

	// Phone width first: the duplicate group fits.
	step(t, ctx, "phone width", chromedp.EmulateViewport(420, 800))
	step(t, ctx, "open review page narrow", chromedp.Navigate(f.srv.URL+"/review"))
	waitFor(t, ctx, "review page script", keysReady)
	if !eval[bool](t, ctx, `document.documentElement.scrollWidth <= window.innerWidth && document.querySelector("#g-1").getBoundingClientRect().right <= window.innerWidth`) {
		t.Error("the duplicate group is wider than 420 px")
	}
	screenshot(t, ctx, "review-dups-420.png")

	step(t, ctx, "laptop width", chromedp.EmulateViewport(1400, 900))
	step(t, ctx, "open review page", chromedp.Navigate(f.srv.URL+"/review"))
	waitFor(t, ctx, "review page script", keysReady)
	if n := eval[int](t, ctx, `document.querySelectorAll("#dups .dup-group").length`); n != 1 {
		t.Fatalf("%d duplicate groups shown, want 1", n)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#g-1 input[name=keep]").length`); n != 3 {
		t.Errorf("group offers %d reports, want 3", n)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#queue .card .dup-badge").length`); n != 3 {
		t.Errorf("%d cards marked as duplicates, want 3", n)
	}
	screenshot(t, ctx, "review-1400.png")

	// Merge: keep d2, the others are rejected as its duplicates.
	step(t, ctx, "choose d2", chromedp.Click(`#g-1 input[type=radio][value="`+d2+`"]`))
	step(t, ctx, "merge", chromedp.Click(`#g-1 button[value=merge]`))
	waitFor(t, ctx, "merge note", keysReady+` && document.querySelector("#last[data-action=merge]") !== null`)
	for id, want := range map[string]news.ReviewState{d2: news.ReviewAccepted, de: news.ReviewRejected, d1: news.ReviewRejected} {
		if got := f.review(t, id); got != want {
			t.Errorf("after merge %s is %q, want %q", id, got, want)
		}
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#dups").length`); n != 0 {
		t.Error("the merged group is still offered")
	}
	// u undoes the whole merge.
	step(t, ctx, "press u", chromedp.KeyEvent("u"))
	waitFor(t, ctx, "undo note", keysReady+` && document.querySelector("#last[data-action=undo]") !== null`)
	for _, id := range []string{d1, d2, de} {
		if got := f.review(t, id); got != news.ReviewPending {
			t.Errorf("after undo %s is %q, want pending", id, got)
		}
	}

	// x ticks the selected card, j moves, x ticks; Reject ticked rejects both.
	first := eval[string](t, ctx, `document.querySelector("#queue .card.selected").dataset.id`)
	step(t, ctx, "tick two", chromedp.KeyEvent("x"), chromedp.KeyEvent("j"), chromedp.KeyEvent("x"))
	second := eval[string](t, ctx, `document.querySelector("#queue .card.selected").dataset.id`)
	if got := eval[string](t, ctx, `document.querySelector("#bulk-count").textContent`); got != "2 ticked:" {
		t.Errorf("bulk counter %q", got)
	}
	step(t, ctx, "reject ticked", chromedp.Click(`#bulk button[value=reject]`))
	waitFor(t, ctx, "bulk note", keysReady+` && document.querySelector("#last[data-action=reject][data-n='2']") !== null`)
	if f.review(t, first) != news.ReviewRejected || f.review(t, second) != news.ReviewRejected || first == second {
		t.Errorf("bulk reject of %s and %s: %q %q", first, second, f.review(t, first), f.review(t, second))
	}

	// Summary: the GB troops bar leads to the report behind it.
	step(t, ctx, "open summary", chromedp.Navigate(f.srv.URL+"/summary"))
	waitFor(t, ctx, "summary", `document.querySelector("#reviewed-switch") !== null`)
	screenshot(t, ctx, "summary-1400.png")
	step(t, ctx, "click the troops bar", chromedp.Click(`svg.chart a.drill rect.troops`))
	waitFor(t, ctx, "entries page", `location.pathname === "/summary/entries" && document.querySelector("#entries") !== null`)
	if got := eval[string](t, ctx, `Array.from(document.querySelectorAll("#entries a.report")).map(a => a.dataset.id).join(",")`); got != f.ids["ukTroops"] {
		t.Errorf("troops bar lists reports %q, want ukTroops", got)
	}
	step(t, ctx, "open the report", chromedp.Click(`#entries a.report`))
	waitFor(t, ctx, "article page", `location.pathname === "/articles/`+f.arts["uk"]+`" && location.hash === "#c-`+f.ids["ukTroops"]+`"`)

	// The switch counts reviewed reports only.
	step(t, ctx, "back to summary", chromedp.Navigate(f.srv.URL+"/summary"))
	waitFor(t, ctx, "summary", `document.querySelector("#reviewed-switch") !== null`)
	step(t, ctx, "switch to reviewed only", chromedp.Click(`#reviewed-switch`))
	waitFor(t, ctx, "switched", `document.querySelector("#reviewed-switch[aria-checked=true]") !== null`)
	if n := eval[int](t, ctx, `document.querySelectorAll("svg.chart rect.troops").length`); n != 0 {
		t.Errorf("%d troops bars with reviewed only, nothing was accepted", n)
	}

	step(t, ctx, "per month", chromedp.Click(`#tab-time`))
	waitFor(t, ctx, "time page", `location.pathname === "/summary/time" && location.search === "?review=reviewed"`)
	step(t, ctx, "every report", chromedp.Navigate(f.srv.URL+"/summary/time"))
	waitFor(t, ctx, "month rows", `document.querySelectorAll("#months tbody tr .hbar").length === 1`)
	if w := eval[float64](t, ctx, `document.querySelector("#months .hbar rect.pledged").getBoundingClientRect().width`); w <= 0 {
		t.Errorf("the pledged bar of March is %v px wide", w)
	}
	screenshot(t, ctx, "time-1400.png")

	step(t, ctx, "commitments", chromedp.Navigate(f.srv.URL+"/commitments"))
	waitFor(t, ctx, "commitments", `document.readyState === "complete"`)
	screenshot(t, ctx, "commitments-1400.png")

	// Phone width: the pages fit.
	step(t, ctx, "phone width again", chromedp.EmulateViewport(420, 800))
	for _, p := range []struct{ path, shot string }{{"/review", "review-420.png"}, {"/summary", "summary-420.png"}, {"/summary/time", "time-420.png"}, {"/commitments", "commitments-420.png"}} {
		step(t, ctx, "open "+p.path, chromedp.Navigate(f.srv.URL+p.path))
		waitFor(t, ctx, p.path, `document.readyState === "complete"`)
		if !eval[bool](t, ctx, `document.documentElement.scrollWidth <= window.innerWidth`) {
			wide := eval[string](t, ctx, `Array.from(document.querySelectorAll("main *")).filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5).slice(0, 5).map(e => e.tagName + "." + e.className).join(" ")`)
			t.Errorf("%s wider than 420 px: %s", p.path, wide)
		}
		screenshot(t, ctx, p.shot)
	}
	if !strings.HasPrefix(f.srv.URL, "http://127.0.0.1:") {
		t.Errorf("test server not on loopback: %s", f.srv.URL)
	}
}
