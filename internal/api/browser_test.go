package api

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// chromiumPath finds Debian's chromium (or another Chrome) or skips the
// test loudly; under CI=true a missing browser fails instead.
func chromiumPath(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if p := "/usr/bin/chromium"; fileExists(p) {
		return p
	}
	msg := "!!!!!!!! SKIPPED LOUDLY: no chromium on PATH; install Debian's 'chromium' package (apt-get install -y chromium) to run the browser test !!!!!!!!"
	if os.Getenv("CI") == "true" {
		t.Fatal(strings.Replace(msg, "SKIPPED LOUDLY", "FAILED (CI=true)", 1))
	}
	t.Skip(msg)
	return ""
}

func fileExists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

// newBrowserContext starts headless Chromium with a fresh profile.
func newBrowserContext(t *testing.T) context.Context {
	t.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(chromiumPath(t)),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 900),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	// Start the browser without a deadline (a deadline on the first Run
	// would stop the browser itself).
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("start chromium: %v", err)
	}
	return ctx
}

// step bounds one browser action so a hung page fails the test instead of
// hanging it.
func step(t *testing.T, ctx context.Context, what string, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	if err := chromedp.Do(sctx, actions...); err != nil {
		t.Fatalf("%s: %v", what, err)
	}
}

func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	v, err := chromedp.Run(sctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluate %s: %v", js, err)
	}
	return v
}

// waitFor evaluates a JavaScript condition until it is true. Evaluation
// errors while the page navigates (after a form submission) are retried.
func waitFor(t *testing.T, ctx context.Context, what, js string) {
	t.Helper()
	sctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	var lastErr error
	for sctx.Err() == nil {
		ok, err := chromedp.Run(sctx, chromedp.Evaluate[bool](js))
		if err == nil && ok {
			return
		}
		lastErr = err
		select {
		case <-sctx.Done():
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("waiting for %s (%s): last error %v", what, js, lastErr)
}

// keysReady is true once the review page's shortcut script has run.
const keysReady = `document.body.dataset.keys === "ready"`

func TestIntegrationBrowserReview(t *testing.T) {
	f := newFixture(t, Config{ReviewThreshold: 0.6})
	ctx := newBrowserContext(t)
	shots := os.Getenv("PLEDGEWATCH_SCREENSHOTS") // optional directory for screenshots

	step(t, ctx, "open review page", chromedp.Navigate(f.srv.URL+"/review"))
	waitFor(t, ctx, "review page script", keysReady)
	if shots != "" {
		shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err == nil {
			_ = os.WriteFile(filepath.Join(shots, "review.png"), shot, 0o644)
		}
	}

	// The lowest-confidence item (the German tanks, 0.3) is selected, and
	// its article text with <script> in it shows as text.
	if got := eval[string](t, ctx, `document.querySelector("#queue .card.selected").dataset.id`); got != f.ids["deTanks"] {
		t.Fatalf("selected %s, want deTanks %s", got, f.ids["deTanks"])
	}
	evidence := eval[string](t, ctx, `document.querySelector("#c-`+f.ids["deTanks"]+` .evidence").textContent`)
	if !strings.Contains(evidence, "<script>alert('pw')</script>") {
		t.Errorf("evidence text %q does not show the <script> tag as text", evidence)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("main script").length`); n != 0 {
		t.Errorf("%d script elements inside the page content", n)
	}
	if got := eval[string](t, ctx, `document.querySelector("#c-`+f.ids["deTanks"]+` mark.actor").textContent`); got != "Germany" {
		t.Errorf("highlighted actor = %q", got)
	}

	// a accepts the selected item; the page reloads with the next one selected.
	step(t, ctx, "press a", chromedp.KeyEvent("a"))
	waitFor(t, ctx, "queue after accept", keysReady+` && document.querySelector("#remaining strong").textContent === "2"`)
	if got := f.review(t, f.ids["deTanks"]); got != news.ReviewAccepted {
		t.Fatalf("store has %q for deTanks after pressing a, want accepted", got)
	}
	rec, err := f.st.Commitment(context.Background(), f.ids["deTanks"])
	if err != nil || len(rec.History) != 1 || rec.History[0].Who != uiWho {
		t.Errorf("audit after pressing a: %+v %v", rec.History, err)
	}

	// j moves to the next item, r rejects it.
	first := eval[string](t, ctx, `document.querySelector("#queue .card.selected").dataset.id`)
	step(t, ctx, "press j", chromedp.KeyEvent("j"))
	second := eval[string](t, ctx, `document.querySelector("#queue .card.selected").dataset.id`)
	if second == first || second == "" {
		t.Fatalf("j did not move the selection from %s", first)
	}
	step(t, ctx, "press r", chromedp.KeyEvent("r"))
	waitFor(t, ctx, "queue after reject", keysReady+` && document.querySelector("#remaining strong").textContent === "1"`)
	if got := f.review(t, second); got != news.ReviewRejected {
		t.Errorf("store has %q for the item after j, r; want rejected", got)
	}
	if got := f.review(t, first); got != news.ReviewPending {
		t.Errorf("the item j moved away from is %q, want still pending", got)
	}

	// e opens the edit form of the selected item.
	step(t, ctx, "press e", chromedp.KeyEvent("e"))
	waitFor(t, ctx, "edit form", `document.querySelector("#edit-form") !== null`)
	if loc := eval[string](t, ctx, `location.pathname`); loc != "/review/"+first+"/edit" {
		t.Errorf("e opened %s", loc)
	}

	// The article page shows the <script> as text, the extraction highlighted.
	step(t, ctx, "open article", chromedp.Navigate(f.srv.URL+"/articles/"+f.arts["de"]))
	waitFor(t, ctx, "article text", `document.querySelector("#article-text") !== null`)
	text := eval[string](t, ctx, `document.querySelector("#article-text").textContent`)
	if text != scriptText {
		t.Errorf("article text = %q, want the stored text verbatim", text)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll("#article-text mark.ext").length`); n != 1 {
		t.Errorf("%d highlighted extractions, want 1", n)
	}
	if title := eval[string](t, ctx, `document.title`); strings.Contains(title, "pwned") {
		t.Error("article script ran")
	}
	if shots != "" {
		shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		if err == nil {
			_ = os.WriteFile(filepath.Join(shots, "article.png"), shot, 0o644)
		}
		for _, p := range []string{"/summary", "/commitments"} {
			step(t, ctx, "open "+p, chromedp.Navigate(f.srv.URL+p))
			if shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
				_ = os.WriteFile(filepath.Join(shots, strings.Trim(p, "/")+".png"), shot, 0o644)
			}
		}
	}
}
