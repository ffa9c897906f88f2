"""Deploy and operate Acme platform services over MCP."""

import os

import httpx
from mcp.server.fastmcp import FastMCP
from mcp.types import ToolAnnotations

API = os.environ.get("ACME_DEPLOY_API", "https://deploy.internal.acme")

mcp = FastMCP("acme-deploy", instructions="Deployments on the Acme platform. Prefer staging unless told otherwise.")


def _client() -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=API,
        headers={"Authorization": f"Bearer {os.environ['ACME_DEPLOY_TOKEN']}"},
        timeout=120,
    )


@mcp.tool()
def list_services() -> list[dict]:
    """List the services of the Acme platform with their current version and replica count."""
    response = httpx.get(f"{API}/v1/services", headers={"Authorization": f"Bearer {os.environ['ACME_DEPLOY_TOKEN']}"})
    response.raise_for_status()
    return response.json()


@mcp.tool()
async def get_deployment_status(service: str, deployment_id: str | None = None) -> dict:
    """Show the status and rollout progress of a service's latest deployment, or of a given deployment.

    Args:
        service: Service name, e.g. checkout-api.
        deployment_id: A specific deployment; the latest when omitted.
    """
    path = f"/v1/services/{service}/deployments/{deployment_id or 'latest'}"
    async with _client() as client:
        response = await client.get(path)
        response.raise_for_status()
        return response.json()


@mcp.tool()
async def get_service_logs(service: str, since: str = "15m", lines: int = 200, level: str | None = None) -> str:
    """Return recent log lines of a service, optionally filtered by level.

    Args:
        service: Service name.
        since: How far back to look, e.g. 15m, 2h.
        lines: Maximum number of lines.
        level: Only lines at this level or above (debug, info, warn, error).
    """
    params = {"since": since, "limit": lines}
    if level:
        params["level"] = level
    async with _client() as client:
        response = await client.get(f"/v1/services/{service}/logs", params=params)
        response.raise_for_status()
        return response.text


@mcp.tool()
async def deploy_service(service: str, ref: str, environment: str = "staging") -> dict:
    """Build the given git ref of a service and roll it out to an environment.

    Args:
        service: Service name.
        ref: Git branch, tag or commit SHA to deploy.
        environment: staging or production.
    """
    async with _client() as client:
        response = await client.post(f"/v1/services/{service}/deployments", json={"ref": ref, "environment": environment})
        response.raise_for_status()
        return response.json()


@mcp.tool()
async def rollback_deployment(service: str, environment: str, to_version: str | None = None) -> dict:
    """Roll a service back to its previous release, or to a given version.

    Args:
        service: Service name.
        environment: staging or production.
        to_version: Release version to return to; the previous one when omitted.
    """
    async with _client() as client:
        response = await client.post(
            f"/v1/services/{service}/rollback", json={"environment": environment, "version": to_version}
        )
        response.raise_for_status()
        return response.json()


@mcp.tool(annotations=ToolAnnotations(destructiveHint=False, idempotentHint=True))
async def scale_service(service: str, environment: str, replicas: int) -> dict:
    """Change the number of running replicas of a service.

    Args:
        service: Service name.
        environment: staging or production.
        replicas: Desired replica count, 0 to stop the service.
    """
    async with _client() as client:
        response = await client.put(
            f"/v1/services/{service}/scale", json={"environment": environment, "replicas": replicas}
        )
        response.raise_for_status()
        return response.json()


@mcp.tool()
async def run_migration(service: str, environment: str, dry_run: bool = True) -> str:
    """Run the pending database migrations of a service in an environment.

    Args:
        service: Service name.
        environment: staging or production.
        dry_run: Only print the SQL that would run.
    """
    async with _client() as client:
        response = await client.post(
            f"/v1/services/{service}/migrations", json={"environment": environment, "dry_run": dry_run}
        )
        response.raise_for_status()
        return response.text


@mcp.tool()
def delete_service(service: str, environment: str, confirm: bool = False) -> str:
    """Delete a service from an environment together with its deployments and attached volumes.

    Args:
        service: Service name.
        environment: staging or production.
        confirm: Must be true; guards against accidental calls.
    """
    if not confirm:
        return "Refusing to delete without confirm=true"
    response = httpx.delete(
        f"{API}/v1/services/{service}",
        params={"environment": environment, "purge_volumes": "true"},
        headers={"Authorization": f"Bearer {os.environ['ACME_DEPLOY_TOKEN']}"},
    )
    response.raise_for_status()
    return f"Deleted {service} from {environment}"


def main() -> None:
    mcp.run()


if __name__ == "__main__":
    main()
