window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014484276788498432"
          ],
          "editableUntil" : "2026-01-23T00:44:13.131Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "赵开源",
            "screen_name" : "zhao_kaiyuan",
            "indices" : [
              "0",
              "13"
            ],
            "id_str" : "1118776113627026642",
            "id" : "1118776113627026642"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "14",
        "75"
      ],
      "favorite_count" : "32",
      "id_str" : "2014484276788498432",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2014484276788498432",
      "created_at" : "Thu Jan 22 23:44:13 +0000 2026",
      "favorited" : false,
      "full_text" : "@zhao_kaiyuan 同意。我们在社区整理了一份常见开源模型的量化配置表，int4、int8、fp8 的质量损失和吞吐都有实测数据，下周发出来。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2014468529043869710",
      "in_reply_to_status_id" : "2014468529043869710",
      "in_reply_to_user_id" : "1118776113627026642",
      "in_reply_to_user_id_str" : "1118776113627026642",
      "in_reply_to_screen_name" : "zhao_kaiyuan"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014305000874778628"
          ],
          "editableUntil" : "2026-01-22T12:51:50.288Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "推理",
            "indices" : [
              "69",
              "72"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/aPo1UfwBbO",
            "expanded_url" : "https://twitter.com/devon_kv/status/2014180565371568135",
            "display_url" : "twitter.com/devon_kv/status…",
            "indices" : [
              "73",
              "96"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "96"
      ],
      "favorite_count" : "14",
      "id_str" : "2014305000874778628",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014305000874778628",
      "created_at" : "Thu Jan 22 11:51:50 +0000 2026",
      "favorited" : false,
      "full_text" : "计算很清楚。补充一点：如果用 MLA 这类压缩注意力结构，每个 token 的 KV 占用还能再降一个数量级，长上下文的成本会完全不一样。#推理 https://t.co/aPo1UfwBbO",
      "lang" : "zh",
      "quoted_status_id_str" : "2014180565371568135"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014230424050188302"
          ],
          "editableUntil" : "2026-01-22T07:55:30.634Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "8",
      "id_str" : "2014230424050188302",
      "truncated" : false,
      "retweet_count" : "1",
      "id" : "2014230424050188302",
      "created_at" : "Thu Jan 22 06:55:30 +0000 2026",
      "favorited" : false,
      "full_text" : "推理服务的首 token 延迟优化，最简单有效的一招：把系统提示词放在最前面且保持不变，方便命中前缀缓存。很多团队每次请求都往提示词里塞时间戳，缓存全废了。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014211814301982723"
          ],
          "editableUntil" : "2026-01-22T06:41:33.030Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "推理",
            "indices" : [
              "96",
              "99"
            ]
          },
          {
            "text" : "大模型",
            "indices" : [
              "100",
              "104"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "104"
      ],
      "favorite_count" : "29",
      "id_str" : "2014211814301982723",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014211814301982723",
      "created_at" : "Thu Jan 22 05:41:33 +0000 2026",
      "favorited" : false,
      "full_text" : "推理优化实测：同一个 70B 模型，开启前缀缓存 + fp8 KV cache 之后，单卡并发从 18 提到 41，每千 token 成本下降约 55%。推理成本下降的速度比大多数人想象得快。#推理 #大模型",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014069390980710408"
          ],
          "editableUntil" : "2026-01-21T21:15:37.325Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : [
          {
            "url" : "https://t.co/5u7qpgkfrL",
            "expanded_url" : "https://twitter.com/i/web/status/2014069390980710408",
            "display_url" : "twitter.com/i/web/status/20…",
            "indices" : [
              "143",
              "166"
            ]
          }
        ]
      },
      "display_text_range" : [
        "0",
        "166"
      ],
      "favorite_count" : "5",
      "id_str" : "2014069390980710408",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014069390980710408",
      "created_at" : "Wed Jan 21 20:15:37 +0000 2026",
      "favorited" : false,
      "full_text" : "很多朋友问推理成本到底是怎么降下来的，简单拆解一下我们过去半年的优化路径，供参考：\n\n第一步，量化。权重从 fp16 换成 fp8，显存占用减半，质量损失在我们的测试集上几乎可以忽略。int4 只用在对质量不敏感的路由和分类模型上。\n\n第二步，KV cache。fp8 KV cac… https://t.co/5u7qpgkfrL",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013955758359986188"
          ],
          "editableUntil" : "2026-01-21T13:44:04.530Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "61"
      ],
      "favorite_count" : "237",
      "id_str" : "2013955758359986188",
      "truncated" : false,
      "retweet_count" : "59",
      "id" : "2013955758359986188",
      "created_at" : "Wed Jan 21 12:44:04 +0000 2026",
      "favorited" : false,
      "full_text" : "投机解码在代码补全场景效果最好，接受率能到 70% 以上；在创意写作场景接受率不到 40%，基本没收益。场景决定优化策略。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013742376168275974"
          ],
          "editableUntil" : "2026-01-20T23:36:10.546Z",
          "editsRemaining" : "5",
          "isEditEligible" : false
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Devon Park",
            "screen_name" : "devon_kv",
            "indices" : [
              "3",
              "12"
            ],
            "id_str" : "694725821988521704",
            "id" : "694725821988521704"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "138"
      ],
      "favorite_count" : "0",
      "id_str" : "2013742376168275974",
      "truncated" : false,
      "retweet_count" : "18",
      "id" : "2013742376168275974",
      "created_at" : "Tue Jan 20 22:36:10 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @devon_kv: Since a lot of people asked after my KV cache post, here is the longer version of how we budget GPU memory for an inference…",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013665853863317513"
          ],
          "editableUntil" : "2026-01-20T18:32:06.594Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "65"
      ],
      "favorite_count" : "12",
      "id_str" : "2013665853863317513",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2013665853863317513",
      "created_at" : "Tue Jan 20 17:32:06 +0000 2026",
      "favorited" : false,
      "full_text" : "长上下文的成本主要在 KV cache。128k 上下文听起来很酷，但真实业务里 90% 的请求不到 8k。按需分配显存才是正道。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013611555639013380"
          ],
          "editableUntil" : "2026-01-20T14:56:20.252Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "24"
      ],
      "favorite_count" : "28",
      "id_str" : "2013611555639013380",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2013611555639013380",
      "created_at" : "Tue Jan 20 13:56:20 +0000 2026",
      "favorited" : false,
      "full_text" : "成都的冬天没有暖气，写代码全靠电热毯和火锅续命。",
      "lang" : "zh"
    }
  }
]