package aquarium

import "github.com/mark3labs/mcp-go/mcp"

const feedName = "feed_fish"

func register(s *server) {
	s.AddTool(tankTool(feedName, "Feed the fish in a tank.",
		mcp.WithNumber("grams", mcp.Description("How much food")),
	), nil)
	s.AddTool(tankTool("drain_tank", "Drain a tank completely."), nil)
	s.AddTool(quietTool("count_fish", "Count the fish in every tank."), nil)
	_ = labelFor("not_a_tool", "!")
	s.AddTool(tankTool(pickName(), "Never recorded: the name is computed."), nil)
}
