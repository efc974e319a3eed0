package config

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/nats-io/nats-server/v2/conf"
	"go.yaml.in/yaml/v3"
)

// composeFile is the part of docker-compose.yml the test checks.
type composeFile struct {
	Services map[string]struct {
		Image       string            `yaml:"image"`
		Build       string            `yaml:"build"`
		Restart     string            `yaml:"restart"`
		Command     []string          `yaml:"command"`
		Environment map[string]string `yaml:"environment"`
		Volumes     []string          `yaml:"volumes"`
		DependsOn   []string          `yaml:"depends_on"`
		Deploy      struct {
			Replicas int `yaml:"replicas"`
		} `yaml:"deploy"`
	} `yaml:"services"`
	Volumes map[string]any `yaml:"volumes"`
}

// TestDockerCompose parses the repository's docker-compose.yml with the
// project's YAML library and checks that it is usable: every service
// restarts, depends on services that exist, mounts declared volumes, and
// the configuration its roles load is valid.
func TestDockerCompose(t *testing.T) {
	data, err := os.ReadFile("../docker-compose.yml")
	if err != nil {
		t.Fatal(err)
	}
	var c composeFile
	if err := yaml.Unmarshal(data, &c); err != nil {
		t.Fatalf("docker-compose.yml is not valid YAML: %v", err)
	}
	if len(c.Services) < 4 {
		t.Fatalf("services: %d, want nats, store, crawler, extractor", len(c.Services))
	}
	for name, s := range c.Services {
		if !slices.Contains([]string{"always", "unless-stopped", "on-failure"}, s.Restart) {
			t.Errorf("%s: restart %q, want a policy that brings it back", name, s.Restart)
		}
		if (s.Image == "") == (s.Build == "") {
			t.Errorf("%s: give exactly one of image and build", name)
		}
		for _, d := range s.DependsOn {
			if _, ok := c.Services[d]; !ok {
				t.Errorf("%s: depends on unknown service %q", name, d)
			}
		}
		for _, v := range s.Volumes {
			src, _, _ := strings.Cut(v, ":")
			if !strings.HasPrefix(src, ".") && !strings.HasPrefix(src, "/") {
				if _, ok := c.Volumes[src]; !ok {
					t.Errorf("%s: volume %q is not declared", name, src)
				}
			}
		}
		if tok, ok := s.Environment["PLEDGEWATCH_TOKEN"]; ok && !strings.HasPrefix(tok, "${PLEDGEWATCH_TOKEN:?") {
			t.Errorf("%s: PLEDGEWATCH_TOKEN = %q, want it required from the environment", name, tok)
		}
		// The roles load a file of ./config mounted at /etc/pledgewatch.
		for i, arg := range s.Command {
			if arg != "--config" || i+1 >= len(s.Command) {
				continue
			}
			rel, ok := strings.CutPrefix(s.Command[i+1], "/etc/pledgewatch/")
			if !ok {
				t.Errorf("%s: --config %s is not under the mounted /etc/pledgewatch", name, s.Command[i+1])
				continue
			}
			env := func(k string) string {
				if k == "PLEDGEWATCH_TOKEN" {
					return "a-token"
				}
				return ""
			}
			if _, err := Load(filepath.Join(".", rel), env); err != nil {
				t.Errorf("%s: config %s: %v", name, rel, err)
			}
		}
	}
	// Crawlers share the work (runs and pages through JetStream), so the
	// file shows more than one.
	if n := c.Services["crawler"].Deploy.Replicas; n < 2 {
		t.Errorf("crawler: deploy.replicas %d, want at least 2", n)
	}
	ignore, err := os.ReadFile("../.dockerignore")
	if err != nil {
		t.Fatalf(".dockerignore: %v", err)
	}
	for _, want := range []string{".git", "data"} {
		if !slices.Contains(strings.Fields(string(ignore)), want) {
			t.Errorf(".dockerignore does not leave out %s", want)
		}
	}
}

// TestNATSConfig checks that the NATS server of docker-compose.yml allows
// the message size the roles require (queue.EmbeddedMaxPayload, 8 MiB) and
// keeps JetStream data on the mounted volume.
func TestNATSConfig(t *testing.T) {
	m, err := conf.ParseFile("nats.conf")
	if err != nil {
		t.Fatalf("config/nats.conf: %v", err)
	}
	if got, ok := m["max_payload"].(int64); !ok || got < 8<<20 {
		t.Errorf("max_payload = %v, want at least 8 MiB (the roles refuse a smaller server)", m["max_payload"])
	}
	js, _ := m["jetstream"].(map[string]any)
	if dir, _ := js["store_dir"].(string); dir != "/data" {
		t.Errorf("jetstream.store_dir = %q, want /data (the nats-data volume)", dir)
	}
}
