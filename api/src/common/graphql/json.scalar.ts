// A JSON scalar for structured documents (module content) whose shape the shared validator owns, not GraphQL.
import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';

function literal(node: ValueNode): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map(literal);
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value)]));
    default:
      // Variables inside literals are rare for documents; asking for a variable for the whole value is clearer.
      throw new TypeError('Pass JSON values as a whole variable, not with variables inside them.');
  }
}

export const JSONScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'A JSON value; its shape is documented where the field is',
  serialize: (value) => value,
  parseValue: (value) => value,
  parseLiteral: literal,
});
