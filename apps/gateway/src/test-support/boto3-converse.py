"""Calls a Bedrock Runtime endpoint with boto3, as a Python application would, and prints what boto3 returned.

Reads a JSON plan on stdin: {"endpoint", "region", "accessKeyId", "secretAccessKey" (or "bearerToken"), "calls": [{"operation":
"converse_stream" | "converse", "modelId", "messages", "toolConfig"?}]}. Prints one JSON document: for each call,
{"events": [...]} (converse_stream), {"reply": {...}} (converse), or {"error": {"code", "message", "status"}} when
boto3 raised, whether before the stream or from its iteration.
"""

import json
import os
import sys

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError, EventStreamError


def error_of(error):
    details = error.response.get("Error", {})
    status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode")
    return {"code": details.get("Code"), "message": details.get("Message"), "status": status}


def run(client, call):
    arguments = {"modelId": call["modelId"], "messages": call["messages"]}
    if "toolConfig" in call:
        arguments["toolConfig"] = call["toolConfig"]
    try:
        if call["operation"] == "converse_stream":
            reply = client.converse_stream(**arguments)
            events = []
            try:
                for event in reply["stream"]:
                    events.append(event)
            except EventStreamError as error:
                return {"events": events, "error": error_of(error)}
            metadata = reply["ResponseMetadata"]
            # The gateway's own headers, as boto3 hands them to a caller (lower-cased names).
            headers = {name: value for name, value in metadata["HTTPHeaders"].items() if name.startswith("x-heimdall-")}
            return {"events": events, "requestId": metadata["RequestId"], "headers": headers}
        reply = client.converse(**arguments)
        reply.pop("ResponseMetadata", None)
        return {"reply": reply}
    except ClientError as error:
        return {"error": error_of(error)}


def main():
    plan = json.load(sys.stdin)
    if "bearerToken" in plan:
        # How boto3 users authenticate with a Bedrock API key: botocore then sends it as a bearer token, unsigned.
        os.environ["AWS_BEARER_TOKEN_BEDROCK"] = plan["bearerToken"]
        credentials = {}
    else:
        credentials = {
            "aws_access_key_id": plan["accessKeyId"],
            "aws_secret_access_key": plan["secretAccessKey"],
        }
    client = boto3.client(
        "bedrock-runtime",
        endpoint_url=plan["endpoint"],
        region_name=plan["region"],
        config=Config(retries={"total_max_attempts": 1}),
        **credentials,
    )
    json.dump([run(client, call) for call in plan["calls"]], sys.stdout, default=str)


if __name__ == "__main__":
    main()
