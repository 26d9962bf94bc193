window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014478798773223439"
          ],
          "editableUntil" : "2026-01-23T00:22:27.051Z",
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
              "3",
              "16"
            ],
            "id_str" : "1118776113627026642",
            "id" : "1118776113627026642"
          },
          {
            "name" : "马推理",
            "screen_name" : "ma_tuili",
            "indices" : [
              "66",
              "75"
            ],
            "id_str" : "1239228081372897874",
            "id" : "1239228081372897874"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "83"
      ],
      "favorite_count" : "0",
      "id_str" : "2014478798773223439",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014478798773223439",
      "created_at" : "Thu Jan 22 23:22:27 +0000 2026",
      "favorited" : false,
      "full_text" : "RT @zhao_kaiyuan: 给开源模型发布者的建议：一定要同时放出量化版本和推荐的推理配置。很多用户不是不想用，是跑不起来。@ma_tuili 这块可以聊聊。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014441956903247887"
          ],
          "editableUntil" : "2026-01-22T21:56:03.919Z",
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
      "favorite_count" : "5",
      "id_str" : "2014441956903247887",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "2014441956903247887",
      "created_at" : "Thu Jan 22 20:56:03 +0000 2026",
      "favorited" : false,
      "full_text" : "把公司内部的 API 文档喂给 AI 助手之后，新人上手时间从两周缩短到四天。最有用的不是写代码，是回答“这个接口到底该怎么调”。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014298032154353678"
          ],
          "editableUntil" : "2026-01-22T12:24:09.531Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [],
        "symbols" : [],
        "user_mentions" : [
          {
            "name" : "Ethan Moore",
            "screen_name" : "ethan_codes",
            "indices" : [
              "66",
              "78"
            ],
            "id_str" : "950805579823967439",
            "id" : "950805579823967439"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "78"
      ],
      "favorite_count" : "30",
      "id_str" : "2014298032154353678",
      "truncated" : false,
      "retweet_count" : "3",
      "id" : "2014298032154353678",
      "created_at" : "Thu Jan 22 11:24:09 +0000 2026",
      "favorited" : false,
      "full_text" : "试了 Patchwork IDE 的计划模式，先让它列步骤再动手，比直接让它改代码靠谱多了。推荐给还在被 AI 乱改文件折磨的朋友。@ethan_codes",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014150774635343887"
          ],
          "editableUntil" : "2026-01-22T02:39:00.425Z",
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
            "name" : "Ethan Moore",
            "screen_name" : "ethan_codes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "950805579823967439",
            "id" : "950805579823967439"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "79"
      ],
      "favorite_count" : "53",
      "id_str" : "2014150774635343887",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014150774635343887",
      "created_at" : "Thu Jan 22 01:39:00 +0000 2026",
      "favorited" : false,
      "full_text" : "@ethan_codes 212 个文件 90% 正确率，和我们的体验差不多。最坑的永远是剩下那 10%，尤其是异步改造里的错误处理，测试不覆盖根本发现不了。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2014123954981171210",
      "in_reply_to_status_id" : "2014123954981171210",
      "in_reply_to_user_id" : "950805579823967439",
      "in_reply_to_user_id_str" : "950805579823967439",
      "in_reply_to_screen_name" : "ethan_codes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014127186232602634"
          ],
          "editableUntil" : "2026-01-22T01:05:16.456Z",
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
            "name" : "Ethan Moore",
            "screen_name" : "ethan_codes",
            "indices" : [
              "0",
              "12"
            ],
            "id_str" : "950805579823967439",
            "id" : "950805579823967439"
          }
        ],
        "urls" : []
      },
      "display_text_range" : [
        "13",
        "81"
      ],
      "favorite_count" : "16",
      "id_str" : "2014127186232602634",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2014127186232602634",
      "created_at" : "Thu Jan 22 00:05:16 +0000 2026",
      "favorited" : false,
      "full_text" : "@ethan_codes 异步改造最怕的就是吞掉异常。我们的做法是先让 AI 把所有 catch 分支列出来，人工逐个确认，比直接 review diff 高效。",
      "lang" : "zh",
      "in_reply_to_status_id_str" : "2014123954981171210",
      "in_reply_to_status_id" : "2014123954981171210",
      "in_reply_to_user_id" : "950805579823967439",
      "in_reply_to_user_id_str" : "950805579823967439",
      "in_reply_to_screen_name" : "ethan_codes"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014105834486689795"
          ],
          "editableUntil" : "2026-01-21T23:40:25.396Z",
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
        "35"
      ],
      "favorite_count" : "88",
      "id_str" : "2014105834486689795",
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "2014105834486689795",
      "created_at" : "Wed Jan 21 22:40:25 +0000 2026",
      "favorited" : false,
      "full_text" : "下班路上看到护城河结冰了，好多人在上面溜冰。北京的冬天还是挺有意思的。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2014083688666902528"
          ],
          "editableUntil" : "2026-01-21T22:12:25.551Z",
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
        "57"
      ],
      "favorite_count" : "23",
      "id_str" : "2014083688666902528",
      "truncated" : false,
      "retweet_count" : "5",
      "id" : "2014083688666902528",
      "created_at" : "Wed Jan 21 21:12:25 +0000 2026",
      "favorited" : false,
      "full_text" : "真心话：AI 写代码最大的风险不是写错，是写得“看起来对”。边界条件、并发、时区，这三样我现在一定手动再检查一遍。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013780930996232195"
          ],
          "editableUntil" : "2026-01-21T02:09:22.243Z",
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
        "72"
      ],
      "favorite_count" : "42",
      "id_str" : "2013780930996232195",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013780930996232195",
      "created_at" : "Wed Jan 21 01:09:22 +0000 2026",
      "favorited" : false,
      "full_text" : "团队新来的实习生，遇到问题先问 AI，再问搜索引擎，最后才问人。效率很高，但有时候一个问题卡半天也不好意思开口。得专门教他们“什么时候该问人”。",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013712936002871311"
          ],
          "editableUntil" : "2026-01-20T21:39:11.883Z",
          "editsRemaining" : "5",
          "isEditEligible" : true
        }
      },
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : {
        "hashtags" : [
          {
            "text" : "编程",
            "indices" : [
              "83",
              "86"
            ]
          },
          {
            "text" : "AI",
            "indices" : [
              "87",
              "90"
            ]
          }
        ],
        "symbols" : [],
        "user_mentions" : [],
        "urls" : []
      },
      "display_text_range" : [
        "0",
        "90"
      ],
      "favorite_count" : "35",
      "id_str" : "2013712936002871311",
      "truncated" : false,
      "retweet_count" : "6",
      "id" : "2013712936002871311",
      "created_at" : "Tue Jan 20 20:39:11 +0000 2026",
      "favorited" : false,
      "full_text" : "用 AI 编程助手重构了公司十年前的老系统，四万行 PHP。助手负责读代码和写单测，我负责做决定。两周干完了原计划两个月的活，但上线前 review 也花了整整三天。#编程 #AI",
      "lang" : "zh"
    }
  },
  {
    "tweet" : {
      "edit_info" : {
        "initial" : {
          "editTweetIds" : [
            "2013621429403410444"
          ],
          "editableUntil" : "2026-01-20T15:35:34.740Z",
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
        "63"
      ],
      "favorite_count" : "19",
      "id_str" : "2013621429403410444",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "2013621429403410444",
      "created_at" : "Tue Jan 20 14:35:34 +0000 2026",
      "favorited" : false,
      "full_text" : "今天 AI 助手给我写了个正则，单测全过。上线后发现它把带 &amp; 符号的 URL 全部截断了。教训：测试用例也得人来想。",
      "lang" : "zh"
    }
  }
]