using System.ComponentModel;

namespace Fixture.Enums;

public enum Priority
{
    Low,
    Normal = 5,
    High,
}

[ModelContextProtocol.Server.McpServerToolType]
public class TaskTools
{
    [ModelContextProtocol.Server.McpServerToolAttribute(Name = "create_task", OpenWorld = false)]
    [System.ComponentModel.Description("Creates a task.")]
    public string Create(string title, Priority priority, Units unit, Priority[] tags, Mystery mystery) => title;
}
