from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.async_response_format_segment_time_format import (
    AsyncResponseFormatSegmentTimeFormat,
    check_async_response_format_segment_time_format,
)
from ..models.async_response_format_type import (
    AsyncResponseFormatType,
    check_async_response_format_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AsyncResponseFormat")

_KNOWN_KEYS: frozenset[str] = frozenset(
    [
        "type",
        "json_schema",
        "segment_definitions",
        "segment_time_format",
    ]
)


@_attrs_define
class AsyncResponseFormat:
    """Controls the response format. When you omit this parameter, you receive unstructured text. `json_schema`: structured
    JSON that conforms to your schema. `segment_definitions`: timestamped metadata with custom fields (video
    segmentation), with `analysis_mode` `time_based_metadata`.

        Attributes:
            type_ (AsyncResponseFormatType): The response format to use. `json_schema`: structured JSON that conforms to
                your schema. `segment_definitions`: timestamped metadata with custom fields, with `analysis_mode`
                `time_based_metadata`.
            json_schema (SyncResponseFormatJsonSchema | Unset): Contains the JSON schema that defines the response
                structure. The schema must adhere to the [JSON Schema Draft 2020-12](https://json-schema.org/draft/2020-12)
                specification.

                **Supported types**
                - `array`
                - `boolean`
                - `integer`
                - `null`
                - `number`
                - `object`
                - `string`
                - `timestamp` (Pegasus 1.5 only)

                **Supported constraints**

                | Type | Supported keywords | Notes |
                |------|-------------------|-------|
                | `integer` | `maximum`, `exclusiveMaximum`, `minimum`, `exclusiveMinimum`. | - `maximum`: Sets the highest
                allowed value (inclusive).<br/>- `exclusiveMaximum`: Sets the highest allowed value (exclusive).<br/>-
                `minimum`: Sets the lowest allowed value (inclusive).<br/>- `exclusiveMinimum`: Sets the lowest allowed value
                (exclusive).<br/>These constraints are supported only for the `integer` type. |
                | `string` | `pattern`, `format` | - `pattern`: A regular expression that the string must match.<br/>- `format`:
                Validates predefined formats. It accepts the following values: `uuid`, `date-time`, `date`, and `time`.<br/>See
                string limitations below. |
                | `object` | `properties`, `required` | - `properties`: Defines object properties and their schemas. -
                `required`: Specifies mandatory properties.<br/>See object limitations below. |
                | `array` | `items`, `minItems` | `minItems` accepts only `0` or `1`.<br/>See array limitations below. |
                | `timestamp` | `format` | `format` (required): Sets the output format. Accepted values: `seconds`, `hh:mm:ss`,
                `hh:mm:ss.fff`.<br/>See the **Timestamp type** section below. |


                **String limitations**

                When you use the `string` type:
                - The platform validates strings using only `pattern` and `format`. Including `minLength` or `maxLength` causes
                a 422 error: "String length constraints (minLength) are not supported." Remove these keywords from your schema.


                **Object limitations**

                When you use the `object` type:
                - The platform does not support the `additionalProperties` keyword. Including it causes a 422 error. Remove it
                from your schema.
                - The platform returns properties in declaration order.
                - Make the first property required. If the first property is optional, the platform moves the first required
                property to the beginning.


                **Array limitations**

                When you use the `array` type:
                - The platform does not support `uniqueItems` or `maxItems`. Including either keyword causes a 422 error. Remove
                them from your schema.


                **Constant and enumerated values**

                The `const` and `enum` keywords support the following types:
                - `boolean`
                - `null`
                - `number`
                - `string`


                **Schema composition**

                The platform supports only `anyOf` for [schema
                composition](https://json-schema.org/understanding-json-schema/reference/combining).


                **Annotations**

                The platform accepts but ignores JSON schema annotations like `title`, `$comments`, and `description`.

                **Subschema references**

                You can reference subschemas using `$ref` with these requirements:
                - Define subschemas within `$defs`.
                - Use valid URIs that point to the internal subschema.

                For details, see the [JSON Schema documentation on
                $defs](https://json-schema.org/understanding-json-schema/structuring#defs).


                **Timestamp type (Pegasus 1.5 only)**

                Declare a property as `{"type": "timestamp", "format": "<format>"}` to control the format of the returned value.

                The `format` field accepts the following values:

                | `format` | Example output | Notes |
                |----------|----------------|-------|
                | `seconds` | `10.5` | Returns a JSON number in seconds. |
                | `hh:mm:ss` | `"00:01:23"` | Rounded to the nearest second. Negative values are converted to `"00:00:00"`. |
                | `hh:mm:ss.fff` | `"00:01:23.500"` | Millisecond precision. |

                The type of the response depends on the value of the `format` field: `seconds` returns a JSON number, while
                `hh:mm:ss` and `hh:mm:ss.fff` return a JSON string.

                *Supported positions*

                You can declare `timestamp` fields at the top level of your schema or inside objects nested one level within an
                array:

                - Top level: `properties.<field_name>`
                - Inside an array: `properties.<array_field>.items.properties.<field_name>`

                Declaring `timestamp` outside these positions — deeper nesting, inside `oneOf` / `anyOf` / `allOf`, or inside
                `$ref` — is not supported and is rejected with HTTP 400.

                *Validation errors*

                When `format` is missing or invalid, the platform returns `400 parameter_invalid`:

                ```
                response_format.json_schema.properties.<name>.format: format is required for timestamp type; allowed values:
                seconds, hh:mm:ss, hh:mm:ss.fff
                ```


                **Reserved property names (`start_time` / `end_time`)**

                For Pegasus 1.5, properties named `start_time` or `end_time` in your response schema receive special type
                handling at any nesting depth (including inside array `items`). These are unrelated to the top-level
                `start_time` / `end_time` request parameters. The platform returns the value in a format determined by the
                declared type:

                *Allowed declarations:*

                | Declared type | Platform behavior |
                |---------------|-------------------|
                | `number` | Passes the value through without conversion. |
                | `integer` | Rounds the value to the nearest integer. |
                | `string` (no `format`) | Converts the value to the `hh:mm:ss.fff` format. |
                | `timestamp` with `format` | See the **Timestamp type** section above for the available formats. |

                *Rejected declarations (returns `400` error):*
                - `string` with any `format` keyword (`time`, `date-time`, `email`, `uri`, etc.)
                - `boolean`
                - `object`
                - `array`
                - `null`

                All other property names in your schema remain unconstrained by these rules. For other field names, use the
                `timestamp` type described above.


                **Response validation**

                Check the `FinishReason` field to verify your JSON response is complete:
                - When `FinishReason` is `stop`, the generation completed normally, and the JSON is valid and complete.
                - When `FinishReason` is `length`, the platform truncates the response at the maximum response length or the
                context window. This may result in truncated, invalid JSON that fails to parse.
            segment_definitions (list[SegmentDefinition] | Unset): Define the types of segments to extract from your video.
                Minimum 1, maximum 20 definitions. The number of segment definitions affects billing. For details, see the
                [Frequently asked
                questions](https://docs.twelvelabs.io/v1.3/docs/resources/frequently-asked-questions#how-is-video-segmentation-priced)
                page.
            segment_time_format (AsyncResponseFormatSegmentTimeFormat | Unset): The output format of the automatic
                `start_time` and `end_time` keys of each segment: `seconds` (the default, a JSON number), `hh:mm:ss` or
                `hh:mm:ss.fff`. Requires the `type` parameter set to `segment_definitions`.
    """

    type_: AsyncResponseFormatType
    json_schema: SyncResponseFormatJsonSchema | Unset = UNSET
    segment_definitions: list[SegmentDefinition] | Unset = UNSET
    segment_time_format: AsyncResponseFormatSegmentTimeFormat | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        """This object as JSON-ready data, under the API's field names (unset fields left out)."""
        field_dict: dict[str, Any] = {}
        field_dict["type"] = self.type_

        if not isinstance(self.json_schema, Unset):
            field_dict["json_schema"] = self.json_schema.to_dict()

        if not isinstance(self.segment_definitions, Unset):
            field_dict["segment_definitions"] = [
                item.to_dict() for item in self.segment_definitions
            ]

        if self.segment_time_format is not UNSET:
            field_dict["segment_time_format"] = self.segment_time_format

        return field_dict

    def to_json(self, *, indent: int | None = 2) -> str:
        """This object as JSON text: ``to_dict()`` encoded (``indent=None`` for one line)."""
        import json

        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """Build it from decoded JSON in the API's shape (the inverse of ``to_dict``)."""
        try:
            _get = src_dict.get
        except AttributeError:
            raise TypeError(
                f"{cls.__name__} must be built from a mapping, not {type(src_dict).__name__}"
            ) from None
        _missing = 0
        type_ = check_async_response_format_type(src_dict["type"])

        _json_schema = _get("json_schema", UNSET)
        json_schema: SyncResponseFormatJsonSchema | Unset
        if isinstance(_json_schema, Unset):
            json_schema = UNSET
            _missing += 1
        else:
            json_schema = SyncResponseFormatJsonSchema.from_dict(_json_schema)

        _segment_definitions = _get("segment_definitions", UNSET)
        segment_definitions: list[SegmentDefinition] | Unset
        if isinstance(_segment_definitions, list):
            segment_definitions = list(
                map(SegmentDefinition.from_dict, _segment_definitions)
            )
        elif isinstance(_segment_definitions, Unset):
            segment_definitions = UNSET
            _missing += 1
        else:
            raise TypeError(
                "AsyncResponseFormat.segment_definitions: expected list[SegmentDefinition], got "
                + type(_segment_definitions).__name__
            )

        _segment_time_format = _get("segment_time_format", UNSET)
        segment_time_format: AsyncResponseFormatSegmentTimeFormat | Unset
        if isinstance(_segment_time_format, Unset):
            segment_time_format = UNSET
            _missing += 1
        else:
            segment_time_format = check_async_response_format_segment_time_format(
                _segment_time_format
            )

        _instance = cls.__new__(cls)
        _instance.type_ = type_
        _instance.json_schema = json_schema
        _instance.segment_definitions = segment_definitions
        _instance.segment_time_format = segment_time_format
        return _instance


from ..models.segment_definition import SegmentDefinition
from ..models.sync_response_format_json_schema import SyncResponseFormatJsonSchema
