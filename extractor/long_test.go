package extractor

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
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

// TestExtractLongLinear checks that a long text costs about as much per
// byte as a short one: the extractor has no loop over all pairs of lines
// or mentions of a document (before, 8 times the text cost 60 times the
// time). It compares the best of three CPU times (the wall time says
// little on a shared machine) of one copy of the held-out dev articles
// and of eight copies, and allows three times the cost per byte.
func TestExtractLongLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("SKIPPING in -short mode")
	}
	e := newTestExtractor(t)
	short, _ := longDoc(t, 1)
	long, starts := longDoc(t, 8*len(short))
	if len(starts) < 8 {
		t.Fatalf("%d copies", len(starts))
	}
	checkInvariants(t, long, e.Extract(long))
	cost := func(text string) float64 {
		best := 0.0
		for i := 0; i < 3; i++ {
			t0, w0 := cpuSeconds(), time.Now()
			e.Extract(text)
			d := cpuSeconds() - t0
			if t0 == 0 {
				d = time.Since(w0).Seconds()
			}
			if i == 0 || d < best {
				best = d
			}
		}
		return best / float64(len(text))
	}
	cost(short) // warm up
	perShort, perLong := cost(short), cost(long)
	t.Logf("%.0f ns/KB at %d KB, %.0f ns/KB at %d KB", perShort*1e9*1024, len(short)>>10, perLong*1e9*1024, len(long)>>10)
	if perShort > 0 && perLong > 3*perShort {
		t.Errorf("cost per byte grows with the length of the text: %.0f ns/KB at %d KB, %.0f ns/KB at %d KB",
			perShort*1e9*1024, len(short)>>10, perLong*1e9*1024, len(long)>>10)
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

// reportCPURate reports MB of text per CPU second (all threads, the
// garbage collector's included) since cpu0, a reading of cpuSeconds:
// on a busy machine wall-clock MB/s falls with the load, this does not.
func reportCPURate(b *testing.B, size int, cpu0 float64) {
	if d := cpuSeconds() - cpu0; cpu0 > 0 && d > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/d/1e6, "MB/cpu-s")
	}
}
