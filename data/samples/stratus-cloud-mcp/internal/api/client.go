package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

const baseURL = "https://api.stratus.example/v2"

// Client calls the Stratus REST API with a bearer token.
type Client struct {
	token  string
	region string
	http   *http.Client
}

func NewClient(token, region string) *Client {
	if region == "" {
		region = "eu-central-1"
	}
	return &Client{token: token, region: region, http: &http.Client{Timeout: 60 * time.Second}}
}

// Do sends a request and returns the raw JSON body.
func (c *Client) Do(ctx context.Context, method, path string, body any) (string, error) {
	var reader io.Reader
	if body != nil {
		buf, err := json.Marshal(body)
		if err != nil {
			return "", err
		}
		reader = bytes.NewReader(buf)
	}
	req, err := http.NewRequestWithContext(ctx, method, baseURL+path, reader)
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+c.token)
	req.Header.Set("X-Stratus-Region", c.region)
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	data, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	if resp.StatusCode >= 300 {
		return "", fmt.Errorf("stratus api: %s %s: %d %s", method, path, resp.StatusCode, data)
	}
	return string(data), nil
}
