package extractor

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// digitRun finds the numbers that longDoc shifts in each copy.
var digitRun = regexp.MustCompile(`[0-9]+`)

// longDoc returns one text of at least size bytes made of copies of the
// held-out dev articles, in which every number of copy i is raised by i
// so that no two copies state the same values, and the offset of each copy.
func longDoc(t testing.TB, size int) (string, []int) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "heldout", "dev", "*.txt"))
	if len(files) == 0 {
		t.Skip("SKIPPING: testdata/heldout/dev not found")
	}
	var article strings.Builder
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		article.Write(b)
		article.WriteString("\n\n")
	}
	base := article.String()
	var sb strings.Builder
	var starts []int
	for i := 0; sb.Len() < size; i++ {
		starts = append(starts, sb.Len())
		sb.WriteString(digitRun.ReplaceAllStringFunc(base, func(s string) string {
			n, err := strconv.Atoi(s)
			if err != nil || i == 0 {
				return s
			}
			return strconv.Itoa(n + i)
		}))
	}
	return sb.String(), starts
}

// TestExtractLongText runs one long text made of eight copies of the
// held-out dev articles, each with its own numbers, and checks that the
// lines keep their invariants and that each copy still yields its lines:
// the cost of a long text is measured by BenchmarkExtractLong (MB per
// CPU second at 64 KB, 512 KB and 2 MB), not by a timed test.
func TestExtractLongText(t *testing.T) {
	e := newTestExtractor(t)
	short, _ := longDoc(t, 1)
	long, starts := longDoc(t, 8*len(short))
	if len(starts) < 8 {
		t.Fatalf("%d copies", len(starts))
	}
	all := e.Extract(long)
	checkInvariants(t, long, all)
	// Lines with a number differ between copies (their numbers do), so
	// every copy keeps them; lines without one are repeats and merge.
	quantified := func(cs []news.Commitment) int {
		n := 0
		for _, c := range cs {
			if c.Amount != nil || c.Count != nil {
				n++
			}
		}
		return n
	}
	one, many := quantified(e.Extract(short)), quantified(all)
	if one == 0 {
		t.Fatal("no quantified lines from the held-out dev articles")
	}
	if min := len(starts) * one * 9 / 10; many < min {
		t.Errorf("%d copies gave %d quantified lines, want at least %d (one copy gives %d)", len(starts), many, min, one)
	}
}

// BenchmarkExtractLong measures Extract on one long text (MB/s) at
// 64 KB, 512 KB and 2 MB, the crawler's cap: the rate should not fall
// with the length.
func BenchmarkExtractLong(b *testing.B) {
	e, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range []int{64 << 10, 512 << 10, 2 << 20} {
		text, _ := longDoc(b, size)
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			cpu := cpuSeconds()
			for b.Loop() {
				e.Extract(text)
			}
			reportCPURate(b, len(text), cpu)
		})
	}
}

// BenchmarkExtractArticles measures Extract on the held-out dev articles
// one by one, the texts BenchmarkExtractLong copies: a long text costs no
// more per byte than its articles apart; both cost about twice as much per
// byte as the seed corpus (BenchmarkExtract) because they hold some three
// times as many lines per KB (4.6 against 1.6), and the work per line
// (frames, status, guards, features, de-duplication) is most of the cost.
func BenchmarkExtractArticles(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join("testdata", "heldout", "dev", "*.txt"))
	benchFiles(b, files, "testdata/heldout/dev not found")
}

// benchFiles measures Extract over the texts of files, one Extract call
// per file, and reports MB/s and MB per CPU second; it skips, saying
// missing, when there are no files.
func benchFiles(b *testing.B, files []string, missing string) {
	if len(files) == 0 {
		b.Skip("SKIPPING BENCHMARK: " + missing)
	}
	var texts []string
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, string(data))
		size += len(data)
	}
	e, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu := cpuSeconds()
	for b.Loop() {
		for _, t := range texts {
			e.Extract(t)
		}
	}
	reportCPURate(b, size, cpu)
}

// reportCPURate reports MB of text per CPU second (all threads, the
// garbage collector's included) since cpu0, a reading of cpuSeconds:
// on a busy machine wall-clock MB/s falls with the load, this does not.
func reportCPURate(b *testing.B, size int, cpu0 float64) {
	if d := cpuSeconds() - cpu0; cpu0 > 0 && d > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/d/1e6, "MB/cpu-s")
	}
}
